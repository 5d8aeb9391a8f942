// Walks the router as mounted and probes every route with the requests that make it answer
// each way it can (no key, a key, bodies that are not JSON, off the schema or valid, nothing
// configured, storage down, a patient's encounter the visit ledger refuses, a method it does
// not take). Every answer must be documented: its operation, its status, its media type and
// its body's schema; a route that asks for an API key must say so in its security. A route added later is covered without a change here.
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { app } from "../../worker/index.ts";
import { exampleEncounter } from "../../worker/openapi/examples.ts";
import type { httpMethods } from "../../worker/openapi/openapi-types.ts";
import { apiDocument } from "../../worker/routes/openapi.ts";
import { callApp, type TestConfiguration } from "../helpers/call-app.ts";
import { testPatientRefKey } from "../helpers/patient-visits.ts";
import { completedEvent, currentSecret, signedHeaders } from "../helpers/signed-deliveries.ts";
import { answerChecker } from "./answer-conformance.ts";

const document = apiDocument();
const check = answerChecker(document);

const registered = [
  ...new Set(app.routes.filter((route) => route.method !== "ALL").map((route) => `${route.method} ${route.path}`)),
].map((entry) => {
  const [method, routePath] = entry.split(" ") as [string, string];
  const path = routePath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}");
  const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => (name === "code" ? "97110" : "enc-1"));
  return { method, path, url };
});

const key = "probe-key";
const keysOn: TestConfiguration = { apiKeys: key, webhookSecret: currentSecret, storeApiResults: "true" };
const failingDb = new Proxy(env.DB, {
  get: () => () => {
    throw new Error("D1_ERROR: probe");
  },
});

interface Probe {
  name: string;
  init: (method: string) => RequestInit;
  configuration: TestConfiguration;
  /** Puts storage in the state the probe needs, before each request. */
  before?: () => Promise<unknown>;
}

const withBody = (method: string, headers: Record<string, string>, body: string): RequestInit =>
  method === "GET" || method === "HEAD" ? { method, headers } : { method, headers, body };
const authorized = { authorization: `Bearer ${key}` };
const signedEvent = JSON.stringify(completedEvent(exampleEncounter));
// A patient's encounter, recorded (by `recordForAnotherPatient`) under another patient's reference.
const patientEncounter = JSON.stringify({
  ...exampleEncounter,
  encounterId: "enc-probe-patient",
  patient: { ref: "pt-probe" },
});
const signedPatientEvent = JSON.stringify(completedEvent(JSON.parse(patientEncounter)));
const ledgerOn: TestConfiguration = { ...keysOn, patientRefKey: testPatientRefKey };
const recordForAnotherPatient = () =>
  callApp(
    "/v1/encounters/validate",
    {
      method: "POST",
      headers: { ...authorized, "content-type": "application/json" },
      body: JSON.stringify({ ...JSON.parse(patientEncounter), patient: { ref: "pt-probe-other" } }),
    },
    ledgerOn,
  );

const probes: Probe[] = [
  {
    name: "no key",
    init: (method) => withBody(method, { "content-type": "application/json" }, "{}"),
    configuration: keysOn,
  },
  {
    name: "a body that is not JSON",
    init: (method) => withBody(method, { ...authorized, "content-type": "application/json" }, "{"),
    configuration: keysOn,
  },
  {
    name: "a text/plain body",
    init: (method) => withBody(method, { ...authorized, "content-type": "text/plain" }, "x"),
    configuration: keysOn,
  },
  {
    name: "an empty object",
    init: (method) => withBody(method, { ...authorized, "content-type": "application/json" }, "{}"),
    configuration: keysOn,
  },
  {
    name: "the contract's encounter",
    init: (method) =>
      withBody(method, { ...authorized, "content-type": "application/json" }, JSON.stringify(exampleEncounter)),
    configuration: keysOn,
  },
  {
    name: "nothing configured",
    init: (method) => withBody(method, { "content-type": "application/json" }, "{}"),
    configuration: {},
  },
  {
    name: "a patient's encounter without PATIENT_REF_KEY",
    init: (method) => withBody(method, { ...authorized, "content-type": "application/json" }, patientEncounter),
    configuration: keysOn,
  },
  {
    name: "a signed patient's delivery without PATIENT_REF_KEY",
    init: (method) => withBody(method, { ...authorized, ...signedHeaders(signedPatientEvent) }, signedPatientEvent),
    configuration: keysOn,
  },
  {
    name: "a patient's encounter recorded for another patient",
    init: (method) => withBody(method, { ...authorized, "content-type": "application/json" }, patientEncounter),
    configuration: ledgerOn,
    before: recordForAnotherPatient,
  },
  {
    name: "a signed patient's delivery recorded for another patient",
    init: (method) => withBody(method, { ...authorized, ...signedHeaders(signedPatientEvent) }, signedPatientEvent),
    configuration: ledgerOn,
    before: recordForAnotherPatient,
  },
  {
    name: "a patient's encounter while storage fails",
    init: (method) => withBody(method, { ...authorized, "content-type": "application/json" }, patientEncounter),
    configuration: { ...ledgerOn, db: failingDb },
  },
  {
    name: "a signed delivery while storage fails",
    init: (method) => withBody(method, { ...authorized, ...signedHeaders(signedEvent) }, signedEvent),
    configuration: { ...keysOn, db: failingDb },
  },
];

describe.each(registered)("$method $path, probed", ({ method, path, url }) => {
  const operation = document.paths[path]?.[method.toLowerCase() as (typeof httpMethods)[number]];

  it("is documented", () => {
    expect(operation, `${method} ${path}`).toBeDefined();
  });

  it("answers every probe with a documented status, media type and body", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const mismatches: string[] = [];
    for (const probe of probes) {
      await probe.before?.();
      const response = await callApp(url, probe.init(method), probe.configuration);
      const body = await response.text();
      mismatches.push(
        ...check({
          method,
          path,
          status: response.status,
          contentType: response.headers.get("content-type"),
          body,
        }).map((problem) => `${probe.name}: ${problem}`),
      );
    }
    vi.restoreAllMocks();
    expect(mismatches).toEqual([]);
  });

  it("documents the API key it asks for, and asks for the one it documents", async () => {
    const response = await callApp(url, probes[0]!.init(method), keysOn);
    const asksForKey = response.status === 401 && (await response.json<{ code: string }>()).code === "unauthorized";
    const documentsKey = (operation?.security ?? []).some((requirement) => "apiKey" in requirement);
    expect({ asksForKey, documentsKey }).toEqual({ asksForKey, documentsKey: asksForKey });
    if (asksForKey) expect(Object.keys(operation!.responses)).toContain("401");
  });
});

describe("a method a path does not take", () => {
  const paths = [...new Set(registered.map((route) => route.path))];
  it.each(paths)("is answered 405 on %s, and every operation there documents it", async (path) => {
    const url = registered.find((route) => route.path === path)!.url;
    const taken = new Set(registered.filter((route) => route.path === path).map((route) => route.method));
    const other = ["PATCH", "DELETE", "PUT"].find((method) => !taken.has(method))!;
    const response = await callApp(url, { method: other, headers: { authorization: `Bearer ${key}` } }, keysOn);
    expect(response.status).toBe(405);
    for (const method of taken)
      expect(
        Object.keys(document.paths[path]![method.toLowerCase() as "get"]!.responses),
        `${method} ${path}`,
      ).toContain("405");
  });
});
