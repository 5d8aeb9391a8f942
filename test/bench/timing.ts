// Timing helpers: per-call samples in microseconds, their median and p99, and throughput.

export interface Sampled {
  /** Calls per second over the whole measured run (the sum of the calls' wall time). */
  perSecond: number;
  medianMicros: number;
  p99Micros: number;
  meanMicros: number;
  count: number;
}

export function percentile(sortedMicros: readonly number[], fraction: number): number {
  if (sortedMicros.length === 0) return Number.NaN;
  const rank = Math.min(sortedMicros.length - 1, Math.max(0, Math.ceil(fraction * sortedMicros.length) - 1));
  return sortedMicros[rank]!;
}

export function summarize(
  samplesMicros: number[],
  elapsedMicros = samplesMicros.reduce((sum, value) => sum + value, 0),
): Sampled {
  const sorted = [...samplesMicros].sort((a, b) => a - b);
  return {
    perSecond: (samplesMicros.length / elapsedMicros) * 1e6,
    medianMicros: percentile(sorted, 0.5),
    p99Micros: percentile(sorted, 0.99),
    meanMicros: elapsedMicros / samplesMicros.length,
    count: samplesMicros.length,
  };
}

/**
 * Runs `call` over the inputs `rounds` times after `warmupRounds` unmeasured rounds (so the
 * JIT has settled), timing each call; the total is measured around the loop, so throughput
 * includes the timer's own cost.
 */
export async function sampleCalls<T>(
  inputs: readonly T[],
  call: (input: T) => unknown,
  options: { rounds: number; warmupRounds: number },
): Promise<Sampled> {
  for (let round = 0; round < options.warmupRounds; round += 1) for (const input of inputs) await call(input);
  const samples: number[] = new Array(inputs.length * options.rounds);
  let sample = 0;
  const started = performance.now();
  for (let round = 0; round < options.rounds; round += 1) {
    for (const input of inputs) {
      const before = performance.now();
      await call(input);
      samples[sample++] = (performance.now() - before) * 1000;
    }
  }
  const elapsedMicros = (performance.now() - started) * 1000;
  return summarize(samples, elapsedMicros);
}

export function formatMicros(micros: number): string {
  if (micros >= 10_000) return `${(micros / 1000).toFixed(0)} ms`;
  if (micros >= 1000) return `${(micros / 1000).toFixed(2)} ms`;
  return `${micros.toFixed(micros >= 100 ? 0 : 1)} µs`;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
