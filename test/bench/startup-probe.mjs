// Run in a fresh node process by the start-up section: loads the deploy bundle, then builds the
// engine of every release by asking the worker for one code in each. Prints timings as JSON.
const bundle = process.argv[2];
const started = performance.now();
const worker = (await import(bundle)).default;
const loaded = performance.now();
const env = {};
const listed = await (await worker.fetch(new Request("http://127.0.0.1/v1/rulesets"), env)).json();
const versions = listed.rulesets.map((ruleset) => ruleset.version);
for (const version of versions) {
  const response = await worker.fetch(new Request(`http://127.0.0.1/v1/codes/97110?ruleset=${version}`), env);
  if (response.status !== 200) throw new Error(`GET /v1/codes/97110?ruleset=${version} answered ${response.status}`);
}
const ready = performance.now();
console.log(
  JSON.stringify({
    loadMillis: loaded - started,
    enginesMillis: ready - loaded,
    totalMillis: ready - started,
    releases: versions.length,
  }),
);
