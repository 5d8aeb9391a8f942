// Builds DOM nodes without innerHTML: every text from the API or the user goes in as text.
type Child = Node | string | null | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node as T;
}

/** A problem answer as the pages show it: title, detail, and each schema error with its pointer. */
export function problemMessage(problem: {
  title?: string;
  detail?: string;
  errors?: Array<{ pointer?: string; message?: string }>;
  type?: string;
}): HTMLElement {
  const list = problem.errors?.length
    ? element(
        "ul",
        {},
        ...problem.errors.map((error) =>
          element("li", {}, element("code", {}, error.pointer || "/"), ` ${error.message ?? ""}`),
        ),
      )
    : null;
  const more = problem.type?.startsWith("/problems/") ? element("a", { href: problem.type }, "What this means") : null;
  return element(
    "div",
    { class: "message problem", role: "alert" },
    element("strong", {}, problem.title ?? "The request failed"),
    problem.detail ? element("p", {}, problem.detail) : null,
    list,
    more,
  );
}

/** Reads `#name=value&…` from the URL fragment. */
export function fragmentParameters(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ""));
}

/** Replaces the fragment without adding a history entry per keystroke or validation. */
export function setFragment(parameters: URLSearchParams): void {
  history.replaceState(null, "", `${location.pathname}${location.search}#${parameters.toString()}`);
}
