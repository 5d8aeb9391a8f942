// A setting for the command-line tools: the environment's value, else the one in .dev.vars,
// which is where `npm start` (wrangler dev) reads the local secrets from.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDevVars } from "./dev-vars.ts";
import { projectRoot } from "./schema-files.ts";

export function localSetting(name: string): string | undefined {
  if (process.env[name] !== undefined) return process.env[name];
  const devVarsPath = join(projectRoot, ".dev.vars");
  return existsSync(devVarsPath) ? parseDevVars(readFileSync(devVarsPath, "utf8"))[name] : undefined;
}
