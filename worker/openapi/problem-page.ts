// What `/problems/<code>` says about one problem type: the page a problem's `type` links to,
// and the same facts as JSON for clients that ask for it.
import { problemTypes, type ProblemCode } from "../errors/problem-types.ts";
import { escapeHtml, inlineMarkup, type HtmlPage } from "./html-page.ts";
import { siteHeader } from "./site-header.ts";

export interface ProblemTypeDescription {
  type: string;
  code: ProblemCode;
  status: number;
  title: string;
  explanation: string;
}

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(problemTypes, code);
}

export function describeProblemType(code: ProblemCode): ProblemTypeDescription {
  const { status, title, explanation } = problemTypes[code];
  return { type: `/problems/${code}`, code, status, title, explanation };
}

export function problemPage(code: ProblemCode): HtmlPage {
  const problem = describeProblemType(code);
  const example = {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: "What went wrong this time, and how to fix it.",
    instance: "/v1/…",
    code,
  };
  return {
    title: `${problem.title} · ClaimLint problem types`,
    body: `${siteHeader("problems")}
<main class="app page">
  <div class="crumbs"><a href="/problems">Problem types</a> › <code>${escapeHtml(code)}</code></div>
  <h1>${escapeHtml(problem.title)}</h1>
  <dl class="facts">
    <dt>Status</dt><dd><span class="status s${String(problem.status).charAt(0)}">${problem.status}</span></dd>
    <dt>Code</dt><dd><code>${escapeHtml(code)}</code></dd>
    <dt>Type</dt><dd><code>${escapeHtml(problem.type)}</code></dd>
  </dl>
  <h2>What to do</h2>
  <p>${inlineMarkup(problem.explanation)}</p>
  <h2>How it looks</h2>
  <p>${inlineMarkup("The answer's body, sent as `application/problem+json`; `detail` says what went wrong in this request.")}</p>
  <pre><code>${escapeHtml(JSON.stringify(example, null, 2))}</code></pre>
</main>`,
  };
}

/** /problems: every problem code with its status and title, each linked to its page. */
export function problemIndexPage(): HtmlPage {
  const rows = (Object.keys(problemTypes) as ProblemCode[])
    .sort((a, b) => problemTypes[a].status - problemTypes[b].status || a.localeCompare(b))
    .map((code) => {
      const { status, title } = problemTypes[code];
      return `<tr><td><a href="/problems/${escapeHtml(code)}"><code>${escapeHtml(code)}</code></a></td><td><span class="status s${String(status).charAt(0)}">${status}</span></td><td>${escapeHtml(title)}</td></tr>`;
    });
  return {
    title: "Problem types · ClaimLint",
    body: `${siteHeader("problems")}
<main class="app page">
  <h1>Problem types</h1>
  <p>${inlineMarkup("Every answer that is not 2xx is an RFC 9457 `application/problem+json` body. Its `code` is one of these, and its `type` (`/problems/<code>`) is a page explaining it.")}</p>
  <table class="problem-table">
    <thead><tr><th scope="col">Code</th><th scope="col">Status</th><th scope="col">Meaning</th></tr></thead>
    <tbody>
${rows.join("\n")}
    </tbody>
  </table>
</main>`,
  };
}
