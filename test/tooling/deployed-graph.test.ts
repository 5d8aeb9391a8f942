// The deployed worker is what worker/index.ts reaches by import; the Node-only tooling under
// worker/tooling/ may import domain code but must never be reached from it, or node:fs and the
// build would ship to Cloudflare. The graph is read from the source text, as the bundler sees it.
import { describe, expect, it } from "vitest";

const sources = import.meta.glob<string>("/worker/**/*.ts", { query: "?raw", import: "default", eager: true });

function importsOf(path: string, text = sources[path] ?? ""): string[] {
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g),
  ].map((match) => match[1] ?? match[2]!);
  return specifiers.filter((specifier) => specifier.startsWith(".")).map((specifier) => resolvePath(path, specifier));
}

function resolvePath(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function deployedGraph(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (reached.has(path)) continue;
    reached.add(path);
    pending.push(...importsOf(path));
  }
  return reached;
}

describe("the deployed worker's import graph", () => {
  const graph = deployedGraph("/worker/index.ts");

  it("reaches the routes and the rule engine", () => {
    expect(graph).toContain("/worker/routes/encounters.ts");
    expect(graph).toContain("/worker/rules/rule-engine.ts");
  });

  it("never reaches worker/tooling/", () => {
    expect([...graph].filter((path) => path.startsWith("/worker/tooling/"))).toEqual([]);
  });

  it("imports no Node built-in module", () => {
    const nodeImports = [...graph].filter((path) => /from\s*"node:/.test(sources[path] ?? ""));
    expect(nodeImports).toEqual([]);
  });
});

describe("the graph reader", () => {
  it("follows type-only, re-exported and dynamic imports too, so a tooling import cannot hide", () => {
    const text =
      'import type { A } from "../tooling/a.ts";\nexport { B } from "./b.ts";\nconst c = await import("../../c.ts");\nimport {\n  D,\n} from "./d.ts";';
    expect(importsOf("/worker/rules/x.ts", text)).toEqual([
      "/worker/tooling/a.ts",
      "/worker/rules/b.ts",
      "/c.ts",
      "/worker/rules/d.ts",
    ]);
  });
});
