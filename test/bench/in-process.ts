// Section 1: validating the mixed corpus in this process, ClaimLint's engine beside the naive
// baseline; plus which rules fired (every family should) and a 1,000-encounter batch's CPU time.
import { bundledReleases as shippedReleases } from "../../worker/generated/releases.ts";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import { createRulesetRegistry } from "../../worker/rules/ruleset-registry.ts";
import { validateBatch } from "../../worker/validation/validate-batch.ts";
import { validateEncounter } from "../../worker/validation/validate-encounter.ts";
import { benchmarkReleases, generateCorpus } from "./corpus.ts";
import { naiveValidator } from "./naive-baseline.ts";
import { evaluateEncounter } from "../../worker/validation/evaluate-encounter.ts";
import { eleventhVisit, patientSequences, replaySequence } from "./patient-sequences.ts";
import type { ReportRow } from "./report.ts";
import { formatCount, formatMicros, sampleCalls } from "./timing.ts";

export const corpusSeed = 20261102;
const bundledReleases = benchmarkReleases(shippedReleases);

export async function inProcessSection(): Promise<ReportRow[]> {
  const corpus = generateCorpus(bundledReleases, { seed: corpusSeed, count: 2000 });
  const registry = createRulesetRegistry(bundledReleases);
  const coverage = await ruleCoverage(corpus);
  const claimlint = await sampleCalls(corpus, (encounter) => validateEncounter(encounter, registry), {
    rounds: 5,
    warmupRounds: 2,
  });
  const naive = await measureNaive(corpus.slice(0, 400));
  const batchCpu = await batchCpuMillis(corpus.slice(0, 1000), registry);
  const patientVisit = await patientVisitCost(registry);
  const speedup = claimlint.perSecond / naive.perSecond;
  return [
    {
      section: "1 in-process",
      measure: `ClaimLint, ${formatCount(claimlint.count)} validations (schema + rules + units) of a ${corpus.length}-encounter mixed corpus`,
      result: `${formatCount(claimlint.perSecond)} enc/s; median ${formatMicros(claimlint.medianMicros)}, p99 ${formatMicros(claimlint.p99Micros)}`,
      target: "≥ 20,000 enc/s, median ≤ 40 µs",
      met: claimlint.perSecond >= 20_000 && claimlint.medianMicros <= 40,
    },
    {
      section: "1 in-process",
      measure: `Naive baseline (one engine rule per pair row, engine rebuilt per request), ${formatCount(naive.count)} validations`,
      result: `${formatCount(naive.perSecond)} enc/s; median ${formatMicros(naive.medianMicros)}, p99 ${formatMicros(naive.p99Micros)}`,
    },
    {
      section: "1 in-process",
      measure:
        "A patient's visit judged with its 10 earlier visits (the history rules; reading them from D1 not included)",
      result: `median ${formatMicros(patientVisit.medianMicros)}, p99 ${formatMicros(patientVisit.p99Micros)}`,
    },
    {
      section: "1 in-process",
      measure: "ClaimLint ÷ naive baseline",
      result: `${speedup.toFixed(1)}×`,
      target: "≥ 10×",
      met: speedup >= 10,
    },
    {
      section: "1 in-process",
      measure: "Rules that fired over the corpus and the patients' visit sequences",
      result: `${coverage.firedRules} of ${coverage.totalRules} rules; families without a finding: ${coverage.silentFamilies.join(", ") || "none"}`,
      target: "every family fires",
      met: coverage.silentFamilies.length === 0,
    },
    {
      section: "1 in-process",
      measure: "CPU time of one 1,000-encounter batch (validateBatch, median of 7)",
      result: `${batchCpu.median.toFixed(1)} ms (best ${batchCpu.best.toFixed(1)} ms)`,
      target: "≤ 100 ms",
      met: batchCpu.median <= 100,
    },
  ];
}

async function patientVisitCost(registry: ReturnType<typeof createRulesetRegistry>) {
  const { encounter, history } = await eleventhVisit(registry);
  const ruleset = registry.forDate(encounter.dateOfService);
  return sampleCalls(
    Array.from({ length: 500 }, () => encounter),
    (input) => evaluateEncounter(input, ruleset, history),
    { rounds: 4, warmupRounds: 1 },
  );
}

async function measureNaive(corpus: readonly Encounter[]) {
  const validators = new Map(bundledReleases.map((release) => [release.version, naiveValidator(release)]));
  const registry = createRulesetRegistry(bundledReleases);
  return sampleCalls(
    corpus,
    (encounter) => validators.get(registry.forDate(encounter.dateOfService).version)!(encounter),
    { rounds: 1, warmupRounds: 1 },
  );
}

export async function ruleCoverage(corpus: readonly Encounter[]) {
  const registry = createRulesetRegistry(bundledReleases);
  const fired = new Set<string>();
  for (const encounter of corpus)
    for (const finding of (await validateEncounter(encounter, registry)).findings) fired.add(finding.ruleId);
  // The corpus names no patient: the families that read earlier visits fire on patients' sequences.
  for (const sequence of patientSequences())
    for (const result of await replaySequence(sequence, registry))
      for (const finding of result.findings) fired.add(finding.ruleId);
  const rules = bundledReleases.flatMap((release) =>
    release.ruleFiles.flatMap((file) => file.rules.map((rule) => ({ id: rule.id, family: file.family }))),
  );
  const ruleIds = new Set(rules.map((rule) => rule.id));
  const families = new Set(rules.map((rule) => rule.family));
  const firingFamilies = new Set(rules.filter((rule) => fired.has(rule.id)).map((rule) => rule.family));
  return {
    totalRules: ruleIds.size,
    firedRules: [...ruleIds].filter((id) => fired.has(id)).length,
    silentRules: [...ruleIds].filter((id) => !fired.has(id)),
    silentFamilies: [...families].filter((family) => !firingFamilies.has(family)),
  };
}

async function batchCpuMillis(
  encounters: readonly Encounter[],
  registry: ReturnType<typeof createRulesetRegistry>,
): Promise<{ median: number; best: number }> {
  // The batch as the route reads it: parsed from its NDJSON text, then validated line by line.
  const entries = () => encounters.map((encounter) => ({ value: JSON.parse(JSON.stringify(encounter)) as unknown }));
  await validateBatch(entries(), registry, { instance: "/v1/encounters/validate/batch" });
  const runs: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const batch = entries();
    const before = process.cpuUsage();
    await validateBatch(batch, registry, { instance: "/v1/encounters/validate/batch" });
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[3]!, best: runs[0]! };
}
