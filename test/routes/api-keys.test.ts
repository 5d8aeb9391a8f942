import { describe, expect, it } from "vitest";
import { app } from "../../worker/index.ts";
import { callApp } from "../helpers/call-app.ts";

// Every route the worker registers, read from the app itself, so a route added later is
// covered without touching this file. `ALL` entries are middleware and 405 answers.
const registered = [
  ...new Set(app.routes.filter((route) => route.method !== "ALL").map((route) => `${route.method} ${route.path}`)),
].map((entry) => {
  const [method, path] = entry.split(" ") as [string, string];
  return {
    method,
    path,
    url: path.replace(/:(\w+)(\{[^}]*\})?/g, (_match, name: string) => (name === "code" ? "97110" : "enc-1")),
  };
});
const isWebhook = (path: string) => path.startsWith("/v1/webhooks/");
// Release administration takes an admin key (ADMIN_KEYS), never an API key.
const isAdmin = (path: string) => path.startsWith("/v1/admin/");
// Stored health data: stored validations, jobs (a file of encounters, then its answers) and the patients' visit ledger.
const isStoredResults = (path: string) =>
  path.startsWith("/v1/validations/") || path.startsWith("/v1/jobs") || path.startsWith("/v1/patients/");
const keyed = registered.filter(
  (route) => route.path.startsWith("/v1/") && !isWebhook(route.path) && !isAdmin(route.path),
);
const unkeyed = registered.filter(
  (route) => !route.path.startsWith("/v1/") || isWebhook(route.path) || isAdmin(route.path),
);
const administration = registered.filter((route) => isAdmin(route.path));

const apiKeys = { apiKeys: "key-one, key-two" };

function request(method: string, authorization?: string): RequestInit {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization) headers.authorization = authorization;
  return method === "GET" ? { method, headers } : { method, headers, body: "{}" };
}

describe("the route table", () => {
  it("holds the keyed /v1 routes and the webhook", () => {
    expect(keyed.map((route) => route.path)).toEqual(
      expect.arrayContaining(["/v1/encounters/validate", "/v1/validations/:encounterId"]),
    );
    expect(unkeyed.map((route) => route.path)).toContain("/v1/webhooks/encounters");
  });
});

describe.each(keyed)("$method $path with API_KEYS set", ({ method, url }) => {
  it("answers 401 with a Bearer challenge without an Authorization header", async () => {
    const response = await callApp(url, request(method), apiKeys);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(await response.json()).toMatchObject({ code: "unauthorized", status: 401 });
  });

  it("answers 401 for a key that is not configured", async () => {
    const response = await callApp(url, request(method, "Bearer key-three"), apiKeys);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("answers 401 for a configured key sent with another scheme", async () => {
    const response = await callApp(url, request(method, "Basic key-one"), apiKeys);
    expect(response.status).toBe(401);
  });

  it("lets a configured key through", async () => {
    const response = await callApp(url, request(method, "Bearer key-two"), apiKeys);
    expect(response.status).not.toBe(401);
    expect(response.status).not.toBe(403);
  });
});

describe.each(keyed.filter((route) => !isStoredResults(route.path)))(
  "$method $path with no API_KEYS",
  ({ method, url }) => {
    it("is open", async () => {
      const response = await callApp(url, request(method), {});
      expect([401, 403]).not.toContain(response.status);
    });
  },
);

describe.each(keyed.filter((route) => isStoredResults(route.path)))(
  "$method $path with no API_KEYS",
  ({ method, url }) => {
    it("refuses with 403, saying how to configure a key, since stored results and visits are health data", async () => {
      const response = await callApp(url, request(method, "Bearer anything"), {});
      expect(response.status).toBe(403);
      const problem = await response.json<any>();
      expect(problem.code).toBe("api-keys-not-configured");
      expect(problem.detail).toContain("API_KEYS");
    });
  },
);

describe.each(unkeyed)("$method $path with API_KEYS set", ({ method, url }) => {
  it("does not ask for an API key", async () => {
    const response = await callApp(url, request(method), apiKeys);
    if (response.status === 401) expect((await response.json<any>()).code).not.toBe("unauthorized");
    expect(response.headers.get("www-authenticate")).toBeNull();
  });
});

describe.each(administration)("$method $path", ({ method, url }) => {
  const keys = { apiKeys: "key-one", adminKeys: "compliance:admin-key" };

  it("refuses with 403 while no admin key is configured, whatever API key is sent", async () => {
    const response = await callApp(url, request(method, "Bearer key-one"), { apiKeys: "key-one" });
    expect(response.status).toBe(403);
    expect((await response.json<any>()).code).toBe("admin-keys-not-configured");
  });

  it("asks for an admin key, and an API key is not one", async () => {
    const missing = await callApp(url, request(method), keys);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect((await callApp(url, request(method, "Bearer key-one"), keys)).status).toBe(401);
  });

  it("lets an admin key through", async () => {
    const response = await callApp(url, request(method, "Bearer admin-key"), keys);
    expect([401, 403]).not.toContain(response.status);
  });
});

describe("unknown /v1 paths with API_KEYS set", () => {
  it("answer 401 before 404, so route names are not given away", async () => {
    const response = await callApp("/v1/nowhere", request("GET"), apiKeys);
    expect(response.status).toBe(401);
  });
});
