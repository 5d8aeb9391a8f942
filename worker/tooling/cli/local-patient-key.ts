// `npm start`'s local PATIENT_REF_KEY: created once beside the local database
// (.wrangler/state), so a fresh clone records patient visits with nothing configured and the
// same patient keeps the same key across restarts. `npm start` loads it before .dev.vars, so a
// PATIENT_REF_KEY there wins. Deployments never see this file: they set the secret with
// `wrangler secret put PATIENT_REF_KEY`.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readCommandLine } from "./command-line.ts";
import { projectRoot } from "./schema-files.ts";

readCommandLine(
  {
    usage: "npm start (runs this first, as prestart)",
    description:
      "Creates a local development PATIENT_REF_KEY once, in .wrangler/state/patient-ref-key.env beside the local database,\nand an empty .dev.vars if there is none (npm start hands both to wrangler dev). A PATIENT_REF_KEY in .dev.vars wins.\nDeployments set the secret with `wrangler secret put PATIENT_REF_KEY` instead.",
  },
  {},
);

const keyFile = join(projectRoot, ".wrangler/state/patient-ref-key.env");
const devVarsFile = join(projectRoot, ".dev.vars");

// wrangler dev is given both files (--env-file), and refuses to start if one is missing.
if (!existsSync(devVarsFile)) writeFileSync(devVarsFile, "# Local settings for npm start; see .dev.vars.example.\n");
if (!existsSync(keyFile)) {
  mkdirSync(dirname(keyFile), { recursive: true });
  const key = randomBytes(32).toString("base64");
  writeFileSync(
    keyFile,
    `# Local development key for the patients' visit ledger, made by npm start. Not for production.\nPATIENT_REF_KEY="${key}"\n`,
    { mode: 0o600 },
  );
  console.log(`created a local PATIENT_REF_KEY in ${keyFile}`);
}
