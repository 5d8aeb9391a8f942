import { describe, expect, it } from "vitest";
import { postJson } from "../helpers/call-worker.ts";
import { encounterWith } from "../helpers/encounters.ts";

// A line's description is the patient's record: what was done, where, for how long.
const narrative = "dry needling, left trapezius, after a fall at home, 15 minutes";

describe("an unlisted code's description", () => {
  for (const code of ["97139", "97039"]) {
    it(`is never quoted back for ${code}: the finding names the line by index and code`, async () => {
      const response = await postJson(
        "/v1/encounters/validate",
        encounterWith([{ code, units: 1, description: narrative }], { payer: { type: "commercial" } }),
      );
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain("needling");
      expect(text).not.toContain("trapezius");
      const finding = JSON.parse(text).findings.find(
        (entry: { ruleId: string }) => entry.ruleId === "unlisted-codes.records-may-be-requested",
      );
      expect(finding).toMatchObject({ services: [0], codes: [code] });
      expect(finding.message).toContain(`${code} (service 0)`);
    });
  }
});
