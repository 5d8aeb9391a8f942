// What `/problems/<code>` says about one problem type: the page a problem's `type` links to,
// and the same facts as JSON for clients that ask for it.
import { problemTypes, type ProblemCode } from "../errors/problem-types.ts";
import { escapeHtml, inlineMarkup, type HtmlPage } from "./html-page.ts";

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
  const example = { type: problem.type, title: problem.title, status: problem.status, detail: "What went wrong this time, and how to fix it.", instance: "/v1/…", code };
  return {
    title: `${problem.title} · ClaimLint problem types`,
    body: `<div class="page">
  <div class="crumbs"><a href="/docs">ClaimLint API reference</a> › <a href="/docs#problems">Problem types</a> › <code>${escapeHtml(code)}</code></div>
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
</div>`,
  };
}
