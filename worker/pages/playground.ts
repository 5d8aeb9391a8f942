// The playground page: validates the encounter in the textarea under the chosen release (or two,
// compared) and shows each finding beside its line. The encounter lives in the page and the URL
// fragment only: it is sent in the body of POST /v1/encounters/validate, never in a query string.
import { ApiProblem, apiJson, fillRulesetSelect, listRulesets, revealApiKeyWhenNeeded, setUpApiKeyInput } from "./shared/api.ts";
import { byId, fragmentParameters, problemMessage, replaceChildren, setFragment } from "./shared/dom.ts";
import { decodeFragmentText, encodeFragmentText } from "./shared/fragment-text.ts";
import { renderComparison } from "./playground/comparison.ts";
import { renderResult, type ValidationResult } from "./playground/result-view.ts";

interface NamedExample {
  summary?: string;
  value: unknown;
}

const form = byId<HTMLFormElement>("validate-form");
const exampleSelect = byId<HTMLSelectElement>("example");
const rulesetSelect = byId<HTMLSelectElement>("ruleset");
const compareSelect = byId<HTMLSelectElement>("compare");
const encounterInput = byId<HTMLTextAreaElement>("encounter");
const validateButton = byId<HTMLButtonElement>("validate");
const results = byId<HTMLDivElement>("results");
let examples: Record<string, NamedExample> = {};

setUpApiKeyInput();
void start();

async function start(): Promise<void> {
  const fragment = fragmentParameters();
  const shared = fragment.get("encounter");
  if (shared) encounterInput.value = decodeFragmentText(shared) ?? "";
  await Promise.all([loadExamples(), loadRulesets(fragment)]);
  if (!encounterInput.value && exampleSelect.options.length > 1) chooseExample(exampleSelect.options[1]!.value);
  if (shared) await validate();
}

async function loadExamples(): Promise<void> {
  try {
    const document = await apiJson<{ paths: Record<string, { post?: { requestBody?: { content?: Record<string, { examples?: Record<string, NamedExample> }> } } }> }>("/openapi.json");
    examples = document.paths["/v1/encounters/validate"]?.post?.requestBody?.content?.["application/json"]?.examples ?? {};
  } catch {
    examples = {};
  }
  exampleSelect.replaceChildren(new Option(Object.keys(examples).length > 0 ? "Choose an example…" : "No examples available", ""));
  for (const [name, example] of Object.entries(examples)) exampleSelect.append(new Option(example.summary ?? name, name));
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
  const example = examples[name];
  if (!example) return;
  exampleSelect.value = name;
  encounterInput.value = JSON.stringify(example.value, null, 2);
  rememberInFragment();
}

function rememberInFragment(): void {
  const parameters = new URLSearchParams();
  if (encounterInput.value.trim()) parameters.set("encounter", encodeFragmentText(encounterInput.value));
  if (rulesetSelect.value) parameters.set("ruleset", rulesetSelect.value);
  if (compareSelect.value) parameters.set("compare", compareSelect.value);
  setFragment(parameters);
}

async function validate(): Promise<void> {
  let encounter: unknown;
  try {
    encounter = JSON.parse(encounterInput.value);
  } catch (error) {
    replaceChildren(results, problemMessage({ title: "The encounter is not valid JSON", detail: error instanceof Error ? error.message : String(error) }));
    encounterInput.focus();
    return;
  }
  rememberInFragment();
  validateButton.disabled = true;
  results.setAttribute("aria-busy", "true");
  try {
    const primary = rulesetSelect.value;
    const other = compareSelect.value;
    const [result, compared] = await Promise.all([validateUnder(encounter, primary), other ? validateUnder(encounter, other) : undefined]);
    const services = (encounter as { services?: unknown[] }).services ?? [];
    replaceChildren(results, renderResult(result, services), compared ? renderComparison(result, compared, services) : null);
  } catch (error) {
    showError(error);
  } finally {
    validateButton.disabled = false;
    results.removeAttribute("aria-busy");
  }
}

function validateUnder(encounter: unknown, version: string): Promise<ValidationResult> {
  const query = version ? `?ruleset=${encodeURIComponent(version)}` : "";
  return apiJson<ValidationResult>(`/v1/encounters/validate${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(encounter) });
}

function showError(error: unknown): void {
  if (error instanceof ApiProblem) {
    revealApiKeyWhenNeeded(error.problem);
    replaceChildren(results, problemMessage(error.problem));
  } else {
    replaceChildren(results, problemMessage({ title: "Something went wrong in the page", detail: error instanceof Error ? error.message : String(error) }));
  }
}

exampleSelect.addEventListener("change", () => chooseExample(exampleSelect.value));
rulesetSelect.addEventListener("change", rememberInFragment);
compareSelect.addEventListener("change", rememberInFragment);
encounterInput.addEventListener("change", rememberInFragment);
encounterInput.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void validate();
  }
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void validate();
});
