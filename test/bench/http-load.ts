// Bounded request loops at a fixed concurrency over keep-alive connections to 127.0.0.1.
import { Agent, request } from "node:http";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  contentType?: string;
}

export interface LoadResult {
  samplesMicros: number[];
  elapsedMicros: number;
  statuses: Map<number, number>;
}

export function keepAliveAgent(concurrency: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: concurrency });
}

export function send(origin: string, agent: Agent, load: LoadRequest): Promise<{ status: number; body: Buffer }> {
  const url = new URL(load.path, origin);
  if (url.hostname !== "127.0.0.1") throw new Error("the benchmark only talks to 127.0.0.1");
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: load.method,
        agent,
        headers:
          load.body === undefined
            ? {}
            : {
                "content-type": load.contentType ?? "application/json",
                "content-length": Buffer.byteLength(load.body),
              },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    outgoing.setTimeout(60_000, () => outgoing.destroy(new Error(`${load.method} ${load.path} timed out`)));
    outgoing.on("error", reject);
    outgoing.end(load.body);
  });
}

/**
 * Sends `total` requests, `concurrency` at a time, stopping early after `maxSeconds`;
 * `next(i)` gives the i-th request.
 */
export async function runLoad(
  origin: string,
  agent: Agent,
  total: number,
  concurrency: number,
  next: (index: number) => LoadRequest,
  maxSeconds = 60,
): Promise<LoadResult> {
  const samplesMicros: number[] = [];
  const statuses = new Map<number, number>();
  let issued = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  const lane = async () => {
    while (issued < total && performance.now() < deadline) {
      const index = issued++;
      const before = performance.now();
      const { status } = await send(origin, agent, next(index));
      samplesMicros.push((performance.now() - before) * 1000);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { samplesMicros, elapsedMicros: (performance.now() - started) * 1000, statuses };
}
