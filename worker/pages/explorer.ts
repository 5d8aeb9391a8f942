// The rule explorer page: searches the catalog, then shows what the chosen release says about
// one code (GET /v1/codes/{code}/rules). The code and release are kept in the URL fragment.
import {
  ApiProblem,
  apiJson,
  fillRulesetSelect,
  listRulesets,
  revealApiKeyWhenNeeded,
  setUpApiKeyInput,
} from "./shared/api.ts";
import { byId, element, fragmentParameters, problemMessage, replaceChildren, setFragment } from "./shared/dom.ts";
import { renderCodeRules, type CodeRules } from "./explorer/code-view.ts";

interface CodeMatch {
  code: string;
  description: string;
  unitBasis: string;
}

const form = byId<HTMLFormElement>("search-form");
const searchInput = byId<HTMLInputElement>("search");
const rulesetSelect = byId<HTMLSelectElement>("ruleset");
const searchResults = byId<HTMLDivElement>("search-results");
const details = byId<HTMLDivElement>("code-details");

setUpApiKeyInput();
void start();

async function start(): Promise<void> {
  const fragment = fragmentParameters();
  try {
    fillRulesetSelect(rulesetSelect, await listRulesets());
    rulesetSelect.value = fragment.get("ruleset") ?? "";
  } catch (error) {
    showError(searchResults, error);
  }
  const code = fragment.get("code");
  if (code) {
    searchInput.value = code;
    await showCode(code);
  }
}

function releaseQuery(): string {
  return rulesetSelect.value ? `ruleset=${encodeURIComponent(rulesetSelect.value)}` : "";
}

async function search(): Promise<void> {
  const query = searchInput.value.trim();
  try {
    const answer = await apiJson<{ codes: CodeMatch[] }>(
      `/v1/codes?search=${encodeURIComponent(query)}&${releaseQuery()}`,
    );
    const exact = answer.codes.find((match) => match.code === query.toUpperCase());
    if (exact) {
      replaceChildren(searchResults);
      await showCode(exact.code);
      return;
    }
    replaceChildren(
      searchResults,
      element(
        "p",
        {},
        answer.codes.length === 0
          ? `No code matches “${query}”.`
          : `${answer.codes.length} code${answer.codes.length === 1 ? "" : "s"} match. Choose one:`,
      ),
      element(
        "ul",
        { class: "results" },
        ...answer.codes.map((match) => {
          const button = element(
            "button",
            { type: "button" },
            element("span", { class: "code" }, match.code),
            match.description,
          );
          button.addEventListener("click", () => void showCode(match.code));
          return element("li", {}, button);
        }),
      ),
    );
  } catch (error) {
    showError(searchResults, error);
  }
}

async function showCode(code: string): Promise<void> {
  details.setAttribute("aria-busy", "true");
  try {
    const answer = await apiJson<CodeRules>(`/v1/codes/${encodeURIComponent(code)}/rules?${releaseQuery()}`);
    replaceChildren(details, renderCodeRules(answer));
    const parameters = new URLSearchParams({ code: answer.code });
    if (rulesetSelect.value) parameters.set("ruleset", rulesetSelect.value);
    setFragment(parameters);
    byId("code-heading").focus();
  } catch (error) {
    showError(details, error);
  } finally {
    details.removeAttribute("aria-busy");
  }
}

function showError(where: HTMLElement, error: unknown): void {
  if (error instanceof ApiProblem) {
    revealApiKeyWhenNeeded(error.problem);
    replaceChildren(where, problemMessage(error.problem));
  } else {
    replaceChildren(
      where,
      problemMessage({
        title: "Something went wrong in the page",
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void search();
});
rulesetSelect.addEventListener("change", () => {
  const code = fragmentParameters().get("code");
  if (code) void showCode(code);
});
