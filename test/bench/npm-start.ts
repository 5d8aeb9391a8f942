// `npm start` as a user runs it (build, local migrations, wrangler dev with the local D1, R2 and
// queue), on $PORT when set, else a free port; the caller stops its process group.
import { spawn, type ChildProcess } from "node:child_process";
import { freeLoopbackPort } from "./local-server.ts";
import { projectRoot, quietWranglerEnvironment, stopProcessGroup } from "./processes.ts";

/** `wranglerArguments` go after `--` to wrangler dev (e.g. `--var API_KEYS:…`); none is npm start's default configuration. */
export async function startNpmStart(
  progress: (message: string) => void,
  wranglerArguments: readonly string[] = [],
): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = process.env.PORT ? Number(process.env.PORT) : await freeLoopbackPort();
  progress(`npm start on port ${port}`);
  const child = spawn("npm", ["start", ...(wranglerArguments.length > 0 ? ["--", ...wranglerArguments] : [])], {
    cwd: projectRoot,
    env: { ...quietWranglerEnvironment(), PORT: String(port) },
    detached: true,
    stdio: "ignore",
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    if (
      await fetch(`${baseUrl}/healthz`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { child, baseUrl };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopProcessGroup(child);
  throw new Error("npm start did not answer /healthz within two minutes");
}
