// Real published 837P examples (test/fixtures/claims/SOURCES.md: the implementation guide's
// examples 1 and 2, from LinuxForHealth/x12's test resources) and a two-claim PT file written here.
import { describe, expect, it } from "vitest";
import { read837p } from "../../../worker/claims/x12/read-837p.ts";
import { ProblemError } from "../../../worker/errors/problem-error.ts";
import example1 from "../../fixtures/claims/tr3-example1-commercial.837?raw";
import example2 from "../../fixtures/claims/tr3-example2-hmo.837?raw";
import twoClaims from "../../fixtures/claims/two-pt-claims.837?raw";

// Rewrites part of the two-claim file, then recounts SE01 so the envelope stays well-formed.
function withSegment(from: string, to: string): string {
  if (!twoClaims.includes(from)) throw new Error(`fixture has no ${from}`);
  const text = twoClaims.replace(from, to);
  const segments = text.split("~").map((segment) => segment.trim());
  const count =
    segments.indexOf(segments.find((segment) => segment.startsWith("SE*"))!) -
    segments.findIndex((segment) => segment.startsWith("ST*")) +
    1;
  return text.replace(/SE\*\d+\*0001/, `SE*${count}*0001`);
}

describe("read837p on the two Medicare PT claims", () => {
  const [first, second] = read837p(twoClaims);

  it("answers one mapped claim per CLM, named by CLM01, with no problems", () => {
    expect([first!.claimId, second!.claimId]).toEqual(["PT-1001", "PT-1002"]);
    expect(first!.problems).toEqual([]);
    expect(first!.location).toMatchObject({ loop: "2300", segment: "CLM", element: "CLM01", position: 19 });
  });

  it("takes the payer type from SBR09 MB and the discipline from the rendering taxonomy 225100000X", () => {
    expect(first!.visits[0]!.encounter).toMatchObject({
      payer: { type: "medicare" },
      provider: { discipline: "PT", npi: "1234567893" },
    });
    expect(first!.visits[0]!.locations.payer).toMatchObject({ loop: "2000B", segment: "SBR", element: "SBR09" });
    expect(first!.visits[0]!.locations.provider).toMatchObject({ loop: "2310B", segment: "PRV", element: "PRV03" });
  });

  it("takes code, modifiers and units from SV1, and minutes from an NTE*ADD*MINUTES note", () => {
    expect(first!.visits[0]!.encounter.services).toEqual([
      { code: "97110", units: 2, modifiers: ["GP"] },
      { code: "97140", units: 1, modifiers: ["59", "GP"] },
      { code: "97530", units: 1, modifiers: ["GP"] },
    ]);
    expect(second!.visits[0]!.encounter.services[2]).toEqual({
      code: "97110",
      units: 2,
      minutes: 23,
      modifiers: ["GP"],
    });
    expect(first!.visits[0]!.locations.services[1]).toEqual({
      line: expect.objectContaining({ loop: "2400", segment: "SV1", position: 27 }),
      modifiers: [expect.objectContaining({ element: "SV101-3" }), expect.objectContaining({ element: "SV101-4" })],
    });
  });

  it("takes the diagnoses the lines point at, in claim order, and the date of service from DTP*472", () => {
    expect(first!.visits[0]!.encounter).toMatchObject({ diagnoses: ["M5450", "M6281"], dateOfService: "2026-11-02" });
    expect(first!.visits[0]!.locations.diagnoses[1]).toMatchObject({ segment: "HI", element: "HI02-2" });
    expect(second!.visits[0]!.encounter).toMatchObject({ diagnoses: ["M5450"], dateOfService: "2026-11-03" });
  });

  it("reads minutes from SV103 MJ instead of units", () => {
    const [claim] = read837p(withSegment("SV1*HC:97110:GP*80.00*UN*2***1:2", "SV1*HC:97110:GP*80.00*MJ*38***1:2"));
    expect(claim!.visits[0]!.encounter.services[0]).toEqual({ code: "97110", minutes: 38, modifiers: ["GP"] });
  });

  it("splits a claim whose lines have two dates of service into two encounters", () => {
    const [claim] = read837p(withSegment("DTP*472*D8*20261102~\nLX*3", "DTP*472*D8*20261105~\nLX*3"));
    expect(
      claim!.visits.map((visit) => [
        visit.encounter.encounterId,
        visit.encounter.dateOfService,
        visit.encounter.services.length,
      ]),
    ).toEqual([
      ["PT-1001:1", "2026-11-02", 2],
      ["PT-1001:2", "2026-11-05", 1],
    ]);
  });
});

describe("read837p on what cannot be mapped", () => {
  it("skips a line whose procedure qualifier is not HC, naming SV101-1", () => {
    const [claim] = read837p(withSegment("SV1*HC:97530:GP", "SV1*IV:97530:GP"));
    expect(claim!.visits[0]!.encounter.services.map((service) => service.code)).toEqual(["97110", "97140"]);
    expect(claim!.problems).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "not-supported",
        location: expect.objectContaining({ segment: "SV1", element: "SV101-1", position: 30 }),
      }),
    ]);
  });

  it("leaves a claim unchecked when its taxonomy maps to no discipline, naming PRV03", () => {
    const [claim] = read837p(
      withSegment(
        "NM1*82*1*RIVERA*ANA****XX*1234567893~\nPRV*PE*PXC*225100000X~\nLX*1~\nSV1*HC:97110",
        "NM1*82*1*RIVERA*ANA****XX*1234567893~\nPRV*PE*PXC*174400000X~\nLX*1~\nSV1*HC:97110",
      ),
    );
    expect(claim!.visits).toEqual([]);
    expect(claim!.problems[0]).toMatchObject({
      code: "code-invalid",
      location: { loop: "2310B", segment: "PRV", element: "PRV03" },
    });
    expect(claim!.problems[0]!.message).toContain("174400000X");
  });

  it("falls back to the billing provider's taxonomy when the claim names no rendering provider", () => {
    const [claim] = read837p(
      withSegment(
        "NM1*82*1*RIVERA*ANA****XX*1234567893~\nPRV*PE*PXC*225100000X~\nLX*1~\nSV1*HC:97110",
        "LX*1~\nSV1*HC:97110",
      ),
    );
    expect(claim!.visits[0]!.locations.provider).toMatchObject({ loop: "2000A", segment: "PRV", position: 7 });
  });

  it("names a line without a date of service and an SBR09 without a payer profile", () => {
    const [claim] = read837p(withSegment("SBR*P*18*******MB", "SBR*P*18*******ZZ"));
    expect(claim!.visits).toEqual([]);
    expect(claim!.problems[0]).toMatchObject({ code: "code-invalid", location: { segment: "SBR", element: "SBR09" } });
    const [undated] = read837p(
      withSegment(
        "SV1*HC:97530:GP*50.00*UN*1***2~\nDTP*472*D8*20261102",
        "SV1*HC:97530:GP*50.00*UN*1***2~\nDTP*472*D8*20261131",
      ),
    );
    expect(undated!.problems).toEqual([
      expect.objectContaining({
        code: "value",
        location: expect.objectContaining({ segment: "DTP", element: "DTP03" }),
      }),
    ]);
  });

  it("refuses well-formed X12 that is not an 837P, naming the ST segment", () => {
    const notClaims = twoClaims.replace("ST*837*0001*005010X222A1", "ST*835*0001*005010X221A1");
    expect(() => read837p(notClaims)).toThrow(ProblemError);
    expect(() => read837p(notClaims)).toThrow(/Segment 3 \(ST\) opens a 835 transaction set/);
  });
});

describe("read837p on the implementation guide's published examples", () => {
  it("maps example 1's commercial claim and names its ICD-9 diagnoses and its physician-group taxonomy as unmappable", () => {
    const [claim] = read837p(example1);
    expect(claim!.claimId).toBe("26463774");
    expect(claim!.visits).toEqual([]);
    expect(
      claim!.problems.map((problem) => [problem.location.segment, problem.location.element, problem.code]),
    ).toEqual([
      ["HI", "HI01-2", "code-invalid"],
      ["HI", "HI02-2", "code-invalid"],
      ["PRV", "PRV03", "code-invalid"],
    ]);
    expect(claim!.problems[0]!.message).toContain("ICD-9-CM");
  });

  it("maps example 2 once its taxonomy and diagnoses are ones ClaimLint reads: HMO (SBR09 HM) is commercial, two dates make two encounters", () => {
    const readable = example2
      .replace("PRV*BI*PXC*203BF0100Y", "PRV*BI*PXC*207Q00000X")
      .replace("HI*BK:0340*BF:V7389", "HI*ABK:J029*ABF:Z0000")
      .replaceAll("D8*20061003", "D8*20161003")
      .replaceAll("D8*20061010", "D8*20161010");
    const [claim] = read837p(readable);
    expect(claim!.visits.map((visit) => visit.encounter)).toEqual([
      expect.objectContaining({
        dateOfService: "2016-10-03",
        payer: { type: "commercial" },
        provider: { discipline: "MD", npi: "9876543210" },
        diagnoses: ["J029"],
        services: [
          { code: "99213", units: 1 },
          { code: "87072", units: 1 },
        ],
      }),
      expect.objectContaining({
        dateOfService: "2016-10-10",
        diagnoses: ["Z0000"],
        services: [
          { code: "99214", units: 1 },
          { code: "86663", units: 1 },
        ],
      }),
    ]);
    // 9876543210 fails no shape check, so it travels; its check digit is the rules' to judge.
    expect(claim!.visits[0]!.locations.npi).toMatchObject({ loop: "2010AA", segment: "NM1", element: "NM109" });
  });
});
