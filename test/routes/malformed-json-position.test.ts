import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

// A diagnosis written without quotes: V8's own message would quote the text around it.
const broken = '{"encounterId":"enc-1",\n "diagnoses":[B20 HIV Ja]}';

describe("a body that is not JSON", () => {
  it("is answered with the position of the mistake on /validate, never a fragment of the body", async () => {
    const response = await callWorker("/v1/encounters/validate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: broken,
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/B20|HIV|diagnoses/);
    expect(JSON.parse(text)).toMatchObject({ code: "malformed-json", position: { line: 2, column: 15, offset: 38 } });
  });

  it("is answered with the body's position on its NDJSON line, never a fragment of the line", async () => {
    const body = `{"encounterId":"enc-1"}\n\n${broken.replace("\n", "")}\n`;
    const response = await callWorker("/v1/encounters/validate/batch", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body,
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trimEnd().split("\n");
    expect(lines[1]).not.toMatch(/B20|HIV|diagnoses/);
    expect(JSON.parse(lines[1]!)).toMatchObject({
      code: "malformed-json",
      index: 1,
      line: 3,
      position: { line: 3, column: 38, offset: 25 + 37 },
    });
  });
});
