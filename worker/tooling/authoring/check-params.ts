// A fact use's params against the JSON Schema the fact declares (worker/rules/facts/), told in
// words a rule author acts on: "`codes` must be a list, e.g. ["97140"]" rather than AJV's
// "must be array". Each param is reported once, at its own pointer.
import type { ErrorObject, ValidateFunction } from "ajv";
import type { ParamSchema, ParamsSchema } from "../../rules/facts/param-schema.ts";
import { createAjv } from "../cli/build-validators.ts";
import { error, pointer, type AuthoringProblem } from "./authoring-problem.ts";
import { closestName } from "./rule-vocabulary.ts";

const ajv = createAjv({ standalone: false });
const validators = new WeakMap<ParamsSchema, ValidateFunction>();

function validatorFor(schema: ParamsSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** Problems with `params` (at `at`, the pointer of the params object) for fact `fact`; the names of params that are sound. */
export function checkParams(
  fact: string,
  schema: ParamsSchema | undefined,
  params: Record<string, unknown>,
  at: string,
  file: string,
): { problems: AuthoringProblem[]; sound: string[] } {
  const names = Object.keys(params);
  if (!schema) {
    return {
      problems: names.map((name) =>
        error(file, `${at}${pointer(name)}`, `fact "${fact}" takes no params: remove "${name}"`),
      ),
      sound: [],
    };
  }
  const validate = validatorFor(schema);
  if (validate(params)) return { problems: [], sound: names };
  const reported = new Map<string, AuthoringProblem>();
  for (const entry of validate.errors ?? []) {
    const name = paramName(entry);
    if (name === undefined || reported.has(name)) continue;
    const where = entry.keyword === "additionalProperties" ? `${at}${pointer(name)}` : `${at}${entry.instancePath}`;
    reported.set(
      name,
      error(file, where, describe(fact, schema, name, { ...entry, data: valueAt(params, entry.instancePath) })),
    );
  }
  return { problems: [...reported.values()], sound: names.filter((name) => !reported.has(name)) };
}

/** The value an AJV error is about (AJV hands it over only in its slower verbose mode). */
function valueAt(params: Record<string, unknown>, instancePath: string): unknown {
  let value: unknown = params;
  for (const segment of instancePath.split("/").slice(1)) {
    value = (value as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}

function paramName(entry: ErrorObject): string | undefined {
  if (entry.keyword === "additionalProperties") return String(entry.params.additionalProperty);
  const first = entry.instancePath.split("/")[1];
  return first?.replace(/~1/g, "/").replace(/~0/g, "~");
}

function describe(fact: string, schema: ParamsSchema, name: string, entry: ErrorObject): string {
  if (entry.keyword === "additionalProperties") {
    const accepted = Object.keys(schema.properties);
    const hint = closestName(name, accepted);
    return `fact "${fact}" takes no param "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}; it takes ${accepted.join(", ")}`;
  }
  const param = schema.properties[name]!;
  const example = `e.g. ${JSON.stringify(param.examples[0])}`;
  const inItem = entry.instancePath.split("/").length > 2;
  if (param.type === "array") {
    if (entry.keyword === "minItems")
      return `\`${name}\` must list at least one value, ${example} (leave the param out to mean every one)`;
    if (inItem && entry.keyword === "enum")
      return `\`${name}\` may hold only ${wordList(param.items?.enum ?? [])}; ${JSON.stringify(entry.data)} is not one of them`;
    if (inItem) return `\`${name}\` must be a list of text values in quotes, ${example}`;
    return `\`${name}\` must be a list, ${example}${typeof entry.data === "string" ? ` (write [${JSON.stringify(entry.data)}] for one value)` : ""}`;
  }
  if (param.type === "boolean")
    return `\`${name}\` must be true or false (without quotes), not ${JSON.stringify(entry.data)}`;
  if (param.type === "integer")
    return `\`${name}\` must be a whole number of at least ${param.minimum ?? 0}, without quotes, ${example}`;
  if (param.enum) return `\`${name}\` must be one of ${wordList(param.enum)}, not ${JSON.stringify(entry.data)}`;
  return `\`${name}\` ${entry.message ?? "is invalid"}, ${example}`;
}

function wordList(values: readonly unknown[]): string {
  const words = values.map((value) => JSON.stringify(value));
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : (words[0] ?? "nothing");
}

export type { ParamSchema };
