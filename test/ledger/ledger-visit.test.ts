import { describe, expect, it } from "vitest";
import { ledgerVisitOf, lineAllowedAmount, lineBucket, visitBucket } from "../../worker/ledger/ledger-visit.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

describe("ledgerVisitOf", () => {
  it("keeps the billed lines with their amounts and buckets, and nothing the rules do not need", () => {
    const encounter = encounterWith(
      [timed("97110", 30, { allowedAmount: 61.25 }), timed("97010", 10, { modifiers: ["GP"] })],
      {
        patient: { ref: "pt-1" },
        progressReport: true,
        episode: { startedOn: "2026-10-01" },
        planOfCare: { certifiedFrom: "2026-10-01", certifiedThrough: "2026-12-29" },
      },
    );
    const visit = ledgerVisitOf(encounter, {
      billing: {
        unitMethod: "cms",
        totalTimedMinutes: 30,
        totalTimedUnits: 2,
        lines: [{ service: 0, services: [0], code: "97110", units: 2, modifiers: ["GP"] }],
      },
    });

    expect(visit).toEqual({
      encounterId: "enc-test",
      dateOfService: "2026-11-02",
      payerType: "medicare",
      renderingNpi: "1234567893",
      bucket: "PT",
      progressReport: true,
      episodeStartedOn: "2026-10-01",
      planOfCare: { certifiedFrom: "2026-10-01", certifiedThrough: "2026-12-29" },
      lines: [{ service: 0, code: "97110", units: 2, modifiers: ["GP"], allowedAmount: 61.25, bucket: "PT" }],
    });
    expect(JSON.stringify(visit)).not.toContain("pt-1");
    expect(JSON.stringify(visit)).not.toContain("M54.50");
  });
});

describe("lineAllowedAmount", () => {
  it("adds the allowed amounts of every service billed on one line, in cents", () => {
    const encounter = encounterWith([
      timed("97110", 20, { allowedAmount: 31.47 }),
      timed("97110", 20, { allowedAmount: 31.46 }),
      timed("97140", 15),
    ]);
    expect(lineAllowedAmount(encounter, [0, 1])).toBe(62.93);
  });

  it("is undefined when none of the line's services carries an amount", () => {
    expect(lineAllowedAmount(encounterWith([timed("97140", 15)]), [0])).toBeUndefined();
  });
});

describe("therapy buckets", () => {
  it("takes the line's therapy modifier first, then the visit's discipline", () => {
    expect(lineBucket(["GO"], "PT")).toBe("OT");
    expect(lineBucket(["59"], "SLP")).toBe("SLP");
    expect(lineBucket([], undefined)).toBeUndefined();
  });

  it("gives assistants their therapist's bucket and a physician the bucket of the lines' modifier", () => {
    expect(
      visitBucket(
        encounterWith([timed("97530", 30, { modifiers: ["GO", "CO"] })], { provider: { discipline: "OTA" } }),
      ),
    ).toBe("OT");
    expect(
      visitBucket(encounterWith([timed("92507", 30, { modifiers: ["GN"] })], { provider: { discipline: "MD" } })),
    ).toBe("SLP");
    expect(
      visitBucket(encounterWith([timed("97124", 30, { modifiers: [] })], { provider: { discipline: "LMT" } })),
    ).toBeUndefined();
  });
});
