// Calls this server's API from the pages: the API key (when the user gave one) goes in the
// Authorization header, and a problem+json answer becomes an ApiProblem to show.
const keyStorage = "claimlint.apiKey";

export interface ProblemBody {
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  type?: string;
  errors?: Array<{ pointer?: string; message?: string }>;
}

export class ApiProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail ?? problem.title ?? "The request failed.");
  }
}

/** Kept in sessionStorage at most: gone when the tab closes, never in localStorage or the URL. */
export function storedApiKey(): string {
  try {
    return sessionStorage.getItem(keyStorage) ?? "";
  } catch {
    return "";
  }
}

export function storeApiKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(keyStorage, key);
    else sessionStorage.removeItem(keyStorage);
  } catch {
    // Storage refused (private mode): the key lives in the input only.
  }
}

export async function apiJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("accept", "application/json");
  const key = storedApiKey();
  if (key) headers.set("authorization", `Bearer ${key}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: "omit", cache: "no-store" });
  } catch {
    throw new ApiProblem({
      title: "The server could not be reached",
      detail: "Check that ClaimLint is running, then try again.",
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new ApiProblem(
      (body as ProblemBody | undefined) ?? { title: `HTTP ${response.status}`, status: response.status },
    );
  return body as T;
}

/** Wires the API key form that page-parts.ts renders. */
export function setUpApiKeyInput(): void {
  const input = document.getElementById("api-key") as HTMLInputElement | null;
  const forget = document.getElementById("forget-api-key");
  if (!input) return;
  input.value = storedApiKey();
  input.addEventListener("change", () => storeApiKey(input.value.trim()));
  forget?.addEventListener("click", () => {
    input.value = "";
    storeApiKey("");
  });
}

/** Opens the API key settings and says so when the server asked for a key. */
export function revealApiKeyWhenNeeded(problem: ProblemBody): void {
  if (problem.status !== 401 || problem.code !== "unauthorized") return;
  const settings = document.getElementById("api-key-settings") as HTMLDetailsElement | null;
  if (settings) settings.open = true;
  document.getElementById("api-key")?.focus();
}

export interface RulesetSummary {
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  description: string;
}

export async function listRulesets(): Promise<RulesetSummary[]> {
  return (await apiJson<{ rulesets: RulesetSummary[] }>("/v1/rulesets")).rulesets;
}

/** Adds one option per release after the select's first (its "none" choice). */
export function fillRulesetSelect(select: HTMLSelectElement, rulesets: readonly RulesetSummary[]): void {
  for (const ruleset of rulesets) {
    const window = ruleset.effectiveTo
      ? `${ruleset.effectiveFrom} to ${ruleset.effectiveTo}`
      : `from ${ruleset.effectiveFrom}`;
    select.append(new Option(`${ruleset.version} (${window})`, ruleset.version));
  }
}
