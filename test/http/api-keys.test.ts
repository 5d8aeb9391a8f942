import { describe, expect, it } from "vitest";
import { bearerToken, isConfiguredApiKey, parseApiKeys } from "../../worker/http/api-keys.ts";

describe("parseApiKeys", () => {
  it("splits API_KEYS on commas and trims each key", () => {
    expect(parseApiKeys(" key-one , key-two,key-three ")).toEqual(["key-one", "key-two", "key-three"]);
  });

  it.each([undefined, "", " , ,"])("finds no key in %j, which turns keys off", (value) => {
    expect(parseApiKeys(value)).toEqual([]);
  });
});

describe("bearerToken", () => {
  it("reads the token of a Bearer authorization, whatever the scheme's case", () => {
    expect(bearerToken("Bearer abc.def")).toBe("abc.def");
    expect(bearerToken("bearer abc")).toBe("abc");
  });

  it.each([null, undefined, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer two tokens", "abc"])("finds no token in %j", (header) => {
    expect(bearerToken(header)).toBeUndefined();
  });
});

describe("isConfiguredApiKey", () => {
  const keys = ["key-one", "key-two"];

  it("accepts any configured key", async () => {
    expect(await isConfiguredApiKey("key-one", keys)).toBe(true);
    expect(await isConfiguredApiKey("key-two", keys)).toBe(true);
  });

  it("refuses a key that is not configured, a prefix of one included", async () => {
    expect(await isConfiguredApiKey("key-three", keys)).toBe(false);
    expect(await isConfiguredApiKey("key-", keys)).toBe(false);
    expect(await isConfiguredApiKey("key-one-and-more", keys)).toBe(false);
  });

  it("refuses everything when no key is configured", async () => {
    expect(await isConfiguredApiKey("", [])).toBe(false);
  });
});
