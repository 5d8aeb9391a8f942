import { describe, expect, it } from "vitest";
import { bearerToken, parseApiKeys, tenantOfApiKey } from "../../worker/http/api-keys.ts";
import { splitTenant } from "../../worker/http/tenants.ts";

describe("parseApiKeys", () => {
  it("splits API_KEYS on commas and trims each key; a bare key belongs to tenant default", () => {
    expect(parseApiKeys(" key-one , key-two,key-three ")).toEqual([
      { tenant: "default", key: "key-one" },
      { tenant: "default", key: "key-two" },
      { tenant: "default", key: "key-three" },
    ]);
  });

  it("reads tenant:key entries beside bare ones", () => {
    expect(parseApiKeys("clinic-a:key-a, key-b, clinic.b:key:with:colons")).toEqual([
      { tenant: "clinic-a", key: "key-a" },
      { tenant: "default", key: "key-b" },
      { tenant: "clinic.b", key: "key:with:colons" },
    ]);
  });

  it.each([undefined, "", " , ,", "clinic-a:"])("finds no key in %j, which turns keys off", (value) => {
    expect(parseApiKeys(value)).toEqual([]);
  });
});

describe("splitTenant", () => {
  it("takes a colon as a tenant only after a valid tenant name", () => {
    expect(splitTenant(":starts-with-colon")).toEqual({ tenant: "default", credential: ":starts-with-colon" });
    expect(splitTenant("not a tenant:key")).toEqual({ tenant: "default", credential: "not a tenant:key" });
  });
});

describe("bearerToken", () => {
  it("reads the token of a Bearer authorization, whatever the scheme's case", () => {
    expect(bearerToken("Bearer abc.def")).toBe("abc.def");
    expect(bearerToken("bearer abc")).toBe("abc");
  });

  it.each([null, undefined, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer two tokens", "abc"])(
    "finds no token in %j",
    (header) => {
      expect(bearerToken(header)).toBeUndefined();
    },
  );
});

describe("tenantOfApiKey", () => {
  const keys = parseApiKeys("key-one, clinic-a:key-two");

  it("answers the tenant of any configured key", async () => {
    expect(await tenantOfApiKey("key-one", keys)).toBe("default");
    expect(await tenantOfApiKey("key-two", keys)).toBe("clinic-a");
  });

  it("refuses a key that is not configured, a prefix of one or its tenant-qualified spelling included", async () => {
    expect(await tenantOfApiKey("key-three", keys)).toBeUndefined();
    expect(await tenantOfApiKey("key-", keys)).toBeUndefined();
    expect(await tenantOfApiKey("key-one-and-more", keys)).toBeUndefined();
    expect(await tenantOfApiKey("clinic-a:key-two", keys)).toBeUndefined();
  });

  it("refuses everything when no key is configured", async () => {
    expect(await tenantOfApiKey("", [])).toBeUndefined();
  });
});
