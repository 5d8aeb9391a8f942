import { describe, expect, it } from "vitest";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { contextFor, factItemsFor } from "../../helpers/test-release.ts";

const items = (name: string, modifiers: string[], dateOfService = "2026-11-02") =>
  factItemsFor(name, contextFor(encounterWith([timed("97110", 15, { modifiers })], { dateOfService })));

describe("unknownModifiers", () => {
  it("rejects a modifier the table does not hold", () => {
    expect(items("unknownModifiers", ["GP", "ZZ"])).toEqual([
      {
        service: 0,
        code: "97110",
        modifier: "ZZ",
        reason: "is not a modifier ClaimLint knows",
        services: [0],
        codes: ["97110"],
      },
    ]);
  });

  it("rejects a functional-limitation severity modifier after 2018-12-31, citing the modifier's source", () => {
    expect(items("unknownModifiers", ["GP", "CH"], "2018-12-31")).toEqual([]);
    expect(items("unknownModifiers", ["GP", "CH"], "2019-01-01")).toEqual([
      expect.objectContaining({
        modifier: "CH",
        reason: "was in use only through 2018-12-31, before this date of service",
        source: expect.stringMatching(/CY2019/),
      }),
    ]);
  });

  it("rejects an X modifier before 2015-01-01", () => {
    expect(items("unknownModifiers", ["GP", "XE"], "2014-12-31")).toEqual([
      expect.objectContaining({ modifier: "XE", reason: "is in use only from 2015-01-01, after this date of service" }),
    ]);
    expect(items("unknownModifiers", ["GP", "XE"], "2015-01-01")).toEqual([]);
  });

  it("rejects a HCPCS Level II modifier after its termination date, citing the CMS HCPCS file", () => {
    expect(items("unknownModifiers", ["GP", "SZ"], "2017-12-31")).toEqual([]);
    expect(items("unknownModifiers", ["GP", "SZ"], "2018-01-01")).toEqual([
      expect.objectContaining({
        modifier: "SZ",
        reason: "was in use only through 2017-12-31, before this date of service",
        source: expect.stringMatching(
          /^CMS HCPCS Level II file, .*modifier SZ, added 2014-07-01, terminated 2017-12-31$/,
        ),
      }),
    ]);
  });

  it("accepts every HCPCS Level II modifier in use, not only those therapy rules act on", () => {
    expect(items("unknownModifiers", ["EP", "HA", "TL", "U1"])).toEqual([]);
    expect(items("unknownModifiers", ["JW", "GU", "SC", "AF"])).toEqual([]);
  });

  it("accepts the modifiers therapy claims carry", () => {
    expect(items("unknownModifiers", ["GP", "CQ", "KX", "GA"])).toEqual([]);
    expect(items("unknownModifiers", ["GO", "CO", "95", "GY"])).toEqual([]);
  });

  it("finds nothing on lines without modifiers", () => {
    expect(factItemsFor("unknownModifiers", contextFor(encounterWith([{ code: "97110", minutes: 15 }])))).toEqual([]);
  });
});

describe("distinctServiceModifierConflicts", () => {
  it("reports 59 with an X modifier on the same line", () => {
    expect(items("distinctServiceModifierConflicts", ["GP", "59", "XS"])).toEqual([
      { service: 0, code: "97110", xModifiers: ["XS"], services: [0], codes: ["97110"] },
    ]);
  });

  it("leaves 59 alone and an X modifier alone", () => {
    expect(items("distinctServiceModifierConflicts", ["GP", "59"])).toEqual([]);
    expect(items("distinctServiceModifierConflicts", ["GP", "XU"])).toEqual([]);
  });
});

describe("modifier59WhereXModifierFits", () => {
  it("suggests the X modifiers for 59 used alone", () => {
    expect(items("modifier59WhereXModifierFits", ["GP", "59"])).toEqual([
      { service: 0, code: "97110", xModifiers: ["XE", "XP", "XS", "XU"], services: [0], codes: ["97110"] },
    ]);
  });

  it("says nothing once an X modifier is there, or before the X modifiers existed", () => {
    expect(items("modifier59WhereXModifierFits", ["GP", "59", "XE"])).toEqual([]);
    expect(items("modifier59WhereXModifierFits", ["GP", "59"], "2014-12-31")).toEqual([]);
  });
});
