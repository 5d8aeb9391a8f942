// The playground page: validates the encounter, FHIR Claim or 837P in the textarea under the
// chosen release (or two, compared) and shows each finding beside its line. The text lives in the
// page and the URL fragment only: it is sent in the body of a POST, never in a query string.
import type { X12ClaimResults } from "../generated/types/claims/x12-claim-results.ts";
import {
  ApiProblem,
  apiJson,
  fillRulesetSelect,
  listRulesets,
  revealApiKeyWhenNeeded,
  setUpApiKeyInput,
} from "./shared/api.ts";
import { byId, element, fragmentParameters, problemMessage, replaceChildren, setFragment } from "./shared/dom.ts";
import { decodeFragmentText, encodeFragmentText } from "./shared/fragment-text.ts";
import { renderFhirOutcomes, renderX12Results } from "./playground/claim-answers.ts";
import { renderComparison } from "./playground/comparison.ts";
import { fhirOutcomeViews } from "./playground/fhir-outcome-view.ts";
import { kindNames, readPlaygroundInput, requestFor, type PlaygroundInput } from "./playground/input-kind.ts";
import { renderResult, type ValidationResult } from "./playground/result-view.ts";

interface NamedExample {
  summary?: string;
  value: unknown;
}
type Examples = Record<string, { examples?: Record<string, NamedExample> }>;

const form = byId<HTMLFormElement>("validate-form");
const exampleSelect = byId<HTMLSelectElement>("example");
const rulesetSelect = byId<HTMLSelectElement>("ruleset");
const compareSelect = byId<HTMLSelectElement>("compare");
const textInput = byId<HTMLTextAreaElement>("encounter");
const inputKind = byId<HTMLSpanElement>("input-kind");
const validateButton = byId<HTMLButtonElement>("validate");
const results = byId<HTMLDivElement>("results");
const exampleTexts = new Map<string, string>();

setUpApiKeyInput();
void start();

async function start(): Promise<void> {
  const fragment = fragmentParameters();
  const shared = fragment.get("claim") ?? fragment.get("encounter");
  if (shared) textInput.value = decodeFragmentText(shared) ?? "";
  await Promise.all([loadExamples(), loadRulesets(fragment)]);
  if (!textInput.value && exampleSelect.options.length > 1) chooseExample(exampleSelect.options[1]!.value);
  showInputKind();
  if (shared) await validate();
}

async function loadExamples(): Promise<void> {
  let paths: Record<string, { post?: { requestBody?: { content?: Examples } } }> = {};
  try {
    paths = (await apiJson<{ paths: typeof paths }>("/openapi.json")).paths;
  } catch {
    // Without the document the page still validates what is pasted.
  }
  const content = (path: string) => paths[path]?.post?.requestBody?.content ?? {};
  const groups: Array<
    [
      label: string,
      prefix: string,
      examples: Record<string, NamedExample> | undefined,
      text: (value: unknown) => string,
    ]
  > = [
    [
      "Encounters",
      "",
      content("/v1/encounters/validate")["application/json"]?.examples,
      (value) => JSON.stringify(value, null, 2),
    ],
    [
      "FHIR R4 Claims",
      "fhir:",
      content("/v1/claims/validate")["application/fhir+json"]?.examples,
      (value) => JSON.stringify(value, null, 2),
    ],
    ["837P interchanges", "x12:", content("/v1/claims/validate")["application/edi-x12"]?.examples, String],
  ];
  exampleSelect.replaceChildren();
  for (const [label, prefix, examples, text] of groups) {
    const entries = Object.entries(examples ?? {});
    if (entries.length === 0) continue;
    const group = element("optgroup", { label });
    for (const [name, example] of entries) {
      exampleTexts.set(prefix + name, text(example.value));
      group.append(new Option(example.summary ?? name, prefix + name));
    }
    exampleSelect.append(group);
  }
  exampleSelect.prepend(new Option(exampleTexts.size > 0 ? "Choose an example…" : "No examples available", ""));
  exampleSelect.value = "";
}

async function loadRulesets(fragment: URLSearchParams): Promise<void> {
  try {
    const rulesets = await listRulesets();
    fillRulesetSelect(rulesetSelect, rulesets);
    fillRulesetSelect(compareSelect, rulesets);
    rulesetSelect.value = fragment.get("ruleset") ?? "";
    compareSelect.value = fragment.get("compare") ?? "";
  } catch (error) {
    showError(error);
  }
}

function chooseExample(name: string): void {
  const text = exampleTexts.get(name);
  if (text === undefined) return;
  exampleSelect.value = name;
  textInput.value = text;
  showInputKind();
  rememberInFragment();
}

function showInputKind(): void {
  inputKind.textContent = textInput.value.trim()
    ? `Read as ${kindNames[readPlaygroundInput(textInput.value).kind]}.`
    : "";
}

function rememberInFragment(): void {
  const parameters = new URLSearchParams();
  const kind = readPlaygroundInput(textInput.value).kind;
  if (textInput.value.trim())
    parameters.set(kind === "fhir" || kind === "x12" ? "claim" : "encounter", encodeFragmentText(textInput.value));
  if (rulesetSelect.value) parameters.set("ruleset", rulesetSelect.value);
  if (compareSelect.value) parameters.set("compare", compareSelect.value);
  setFragment(parameters);
}

async function validate(): Promise<void> {
  const input = readPlaygroundInput(textInput.value);
  showInputKind();
  if (input.kind === "not-json") {
    replaceChildren(
      results,
      problemMessage({
        title: "The text is neither JSON nor an 837P interchange",
        detail: `An encounter or FHIR Claim is JSON; an 837P starts with its ISA segment. ${input.message}`,
      }),
    );
    textInput.focus();
    return;
  }
  rememberInFragment();
  validateButton.disabled = true;
  results.setAttribute("aria-busy", "true");
  try {
    const other = compareSelect.value;
    const [answer, compared] = await Promise.all([
      send(input, rulesetSelect.value),
      other ? send(input, other) : undefined,
    ]);
    replaceChildren(results, ...render(input, answer, compared));
  } catch (error) {
    showError(error);
  } finally {
    validateButton.disabled = false;
    results.removeAttribute("aria-busy");
  }
}

function send(input: PlaygroundInput, version: string): Promise<unknown> {
  const request = requestFor(input, version)!;
  return apiJson<unknown>(request.path, {
    method: "POST",
    headers: { "content-type": request.contentType },
    body: request.body,
  });
}

function render(input: PlaygroundInput, answer: unknown, compared: unknown): HTMLElement[] {
  if (input.kind === "x12") return renderX12Results(answer as X12ClaimResults, compared as X12ClaimResults | undefined);
  if (input.kind === "fhir")
    return renderFhirOutcomes(
      fhirOutcomeViews(answer, input.body),
      compared ? fhirOutcomeViews(compared, input.body) : undefined,
    );
  const result = answer as ValidationResult;
  const services = (input.kind === "encounter" ? (input.body as { services?: unknown[] }).services : undefined) ?? [];
  return [
    renderResult(result, services),
    compared ? renderComparison(result, compared as ValidationResult, services) : null,
  ].filter((node): node is HTMLElement => node !== null);
}

function showError(error: unknown): void {
  if (error instanceof ApiProblem) {
    revealApiKeyWhenNeeded(error.problem);
    replaceChildren(results, problemMessage(error.problem));
  } else {
    replaceChildren(
      results,
      problemMessage({
        title: "Something went wrong in the page",
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}

exampleSelect.addEventListener("change", () => chooseExample(exampleSelect.value));
rulesetSelect.addEventListener("change", rememberInFragment);
compareSelect.addEventListener("change", rememberInFragment);
textInput.addEventListener("input", () => {
  // Edited text is no longer the example the select names.
  exampleSelect.value = "";
  showInputKind();
});
textInput.addEventListener("change", rememberInFragment);
textInput.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void validate();
  }
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void validate();
});
