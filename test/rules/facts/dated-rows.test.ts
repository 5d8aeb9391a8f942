import { describe, expect, it } from "vitest";
import { inForceOn, rowInForce, withinWindow } from "../../../worker/rules/facts/dated-rows.ts";

describe("inForceOn", () => {
  it("includes the effective date and excludes the deletion date, as CMS edit files mean them", () => {
    const row = { effectiveDate: "2020-01-01", deletionDate: "2020-01-31" };
    expect(inForceOn(row, "2019-12-31")).toBe(false);
    expect(inForceOn(row, "2020-01-01")).toBe(true);
    expect(inForceOn(row, "2020-01-30")).toBe(true);
    expect(inForceOn(row, "2020-01-31")).toBe(false);
  });

  it("keeps a row without a deletion date in force", () => {
    expect(inForceOn({ effectiveDate: "1996-01-01" }, "2099-12-31")).toBe(true);
  });

  it("never applies a row deleted on its effective date", () => {
    expect(inForceOn({ effectiveDate: "2015-01-01", deletionDate: "2015-01-01" }, "2015-01-01")).toBe(false);
  });
});

describe("rowInForce", () => {
  it("picks the row that took effect last among those in force", () => {
    const rows = [
      { effectiveDate: "2019-01-01", name: "old" },
      { effectiveDate: "2021-01-01", name: "new" },
      { effectiveDate: "2020-01-01", deletionDate: "2020-04-01", name: "deleted" },
    ];
    expect(rowInForce(rows, "2020-02-01")?.name).toBe("deleted");
    expect(rowInForce(rows, "2020-04-01")?.name).toBe("old");
    expect(rowInForce(rows, "2022-01-01")?.name).toBe("new");
    expect(rowInForce(rows, "2018-01-01")).toBeUndefined();
    expect(rowInForce(undefined, "2022-01-01")).toBeUndefined();
  });
});

describe("withinWindow", () => {
  it("includes both ends of a modifier's window", () => {
    expect(withinWindow({ effectiveTo: "2018-12-31" }, "2018-12-31")).toBe(true);
    expect(withinWindow({ effectiveTo: "2018-12-31" }, "2019-01-01")).toBe(false);
    expect(withinWindow({ effectiveFrom: "2015-01-01" }, "2015-01-01")).toBe(true);
    expect(withinWindow({ effectiveFrom: "2015-01-01" }, "2014-12-31")).toBe(false);
    expect(withinWindow({}, "1990-01-01")).toBe(true);
  });
});
