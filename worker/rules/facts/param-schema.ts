// The JSON Schema of a fact's params, declared beside the fact: rules:check validates every use
// against it (a string where a list belongs would otherwise filter nothing and fire on every
// line), and the authors' guide renders its descriptions and examples.

export interface ParamSchema {
  /** What the param does, in the guide's words. */
  description: string;
  type?: "array" | "boolean" | "string" | "integer";
  items?: { type: "string"; enum?: readonly string[] };
  enum?: readonly (string | number | boolean)[];
  minItems?: number;
  minimum?: number;
  /** One value a rule could pass, quoted in messages ("must be a list, e.g. ["97140"]"). */
  examples: readonly unknown[];
}

export interface ParamsSchema {
  type: "object";
  properties: Readonly<Record<string, ParamSchema>>;
  additionalProperties: false;
}

export function paramsSchema(properties: Record<string, ParamSchema>): ParamsSchema {
  return { type: "object", properties, additionalProperties: false };
}

/** A list of text, e.g. codes; `allowed` limits the items to those words. */
export function textList(description: string, example: readonly string[], allowed?: readonly string[]): ParamSchema {
  return {
    description,
    type: "array",
    items: allowed ? { type: "string", enum: allowed } : { type: "string" },
    minItems: 1,
    examples: [example],
  };
}

export function flag(description: string, example = true): ParamSchema {
  return { description, type: "boolean", examples: [example] };
}

export function choice(description: string, allowed: readonly (string | number)[]): ParamSchema {
  return { description, enum: allowed, examples: [allowed[0]] };
}

/** A count of days or visits: a whole number, at least 1. */
export function wholeNumber(description: string, example: number): ParamSchema {
  return { description, type: "integer", minimum: 1, examples: [example] };
}
