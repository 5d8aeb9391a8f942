import { describe, expect, it } from "vitest";
import packageJson from "../../../package.json";

// workerd has no node:util parseArgs, so the commands' own answers are tried in Node by hand
// (`npm run rules:diff -- --help`); here: every command goes through the one reader that answers --help.
const toolSources = import.meta.glob<string>("/worker/tooling/cli/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("every npm command run from worker/tooling/cli/", () => {
  const commands = Object.entries(packageJson.scripts).flatMap(([name, script]) => {
    const file = /tsx (worker\/tooling\/cli\/[\w-]+\.ts)/.exec(script)?.[1];
    return file ? [[name, `/${file}`] as const] : [];
  });

  it("includes the rule commands", () => {
    expect(commands.map(([name]) => name)).toEqual(
      expect.arrayContaining(["build", "rules:check", "rules:test", "rules:diff", "rules:docs", "rules:import-ptp"]),
    );
  });

  it.each(commands)("%s reads its arguments with readCommandLine, so it answers --help", (_name, file) => {
    expect(toolSources[file]).toContain("readCommandLine(");
  });
});
