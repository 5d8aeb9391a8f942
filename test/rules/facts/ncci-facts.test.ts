import { describe, expect, it } from "vitest";
import { compileTables } from "../../../worker/rules/compiled-tables.ts";
import { createEvaluationContext } from "../../../worker/rules/evaluation-context.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { contextFor, factItemsFor, pairEdit, releaseWithPairEdits } from "../../helpers/test-release.ts";

const pairs = (
  encounter: Parameters<typeof contextFor>[0],
  params: Record<string, unknown> = {},
  release = releaseWithPairEdits([]),
) => factItemsFor("ptpPairEdits", contextFor(encounter, release), params);

describe("ptpPairEdits on the shipped table", () => {
  it("fails 97124 with 97140 whatever the modifiers, taking 97140 off the claim", () => {
    const encounter = encounterWith([timed("97124", 15), timed("97140", 15, { modifiers: ["GP", "59"] })]);
    expect(factItemsFor("ptpPairEdits", contextFor(encounter), { modifierIndicator: 0 })).toEqual([
      expect.objectContaining({
        column1Code: "97124",
        column2Code: "97140",
        services: [0, 1],
        codes: ["97124", "97140"],
        omitServices: [1],
        bypassModifiers: ["59"],
      }),
    ]);
  });

  it("counts 25, 79 and 91 on 97140 as no bypass of the 97530 edit: each is for another kind of service", () => {
    for (const modifier of ["25", "79", "91"]) {
      const encounter = encounterWith([timed("97530", 30), timed("97140", 15, { modifiers: ["GP", modifier] })]);
      expect(
        factItemsFor("ptpPairEdits", contextFor(encounter), {
          columnTwoBypass: "absent",
          withOtherServiceModifier: true,
        }),
      ).toEqual([
        expect.objectContaining({ column2Code: "97140", bypassModifiers: [], otherServiceModifiers: [modifier] }),
      ]);
    }
  });

  it("still counts 59 on 97140 as the bypass of the 97530 edit", () => {
    const encounter = encounterWith([timed("97530", 30), timed("97140", 15, { modifiers: ["GP", "59"] })]);
    expect(factItemsFor("ptpPairEdits", contextFor(encounter))).toEqual([
      expect.objectContaining({ bypassModifiers: ["59"], otherServiceModifiers: [] }),
    ]);
  });

  it("finds no pair for 97110 with 97140 (CMS example 3 bills both)", () => {
    expect(factItemsFor("ptpPairEdits", contextFor(encounterWith([timed("97110", 33), timed("97140", 7)])))).toEqual(
      [],
    );
  });

  it("cites the row's source, or none when the rule asks to cite its own", () => {
    const encounter = encounterWith([timed("97530", 30), timed("97140", 15)]);
    const [cited] = factItemsFor("ptpPairEdits", contextFor(encounter));
    const [uncited] = factItemsFor("ptpPairEdits", contextFor(encounter), { citeRowSource: false });
    expect(cited!.source).toMatch(/commercial-payer policy for massage therapy billing/);
    expect(uncited).not.toHaveProperty("source");
  });
});

describe("ptpPairEdits by date of service", () => {
  const release = releaseWithPairEdits([
    pairEdit("97161", "97530", { modifierIndicator: 0, effectiveDate: "2020-01-01", deletionDate: "2020-01-31" }),
  ]);
  const onDate = (dateOfService: string) =>
    pairs(encounterWith([{ code: "97161", modifiers: ["GP"] }, timed("97530", 30)], { dateOfService }), {}, release);

  it("applies a row from its effective date", () => {
    expect(onDate("2019-12-31")).toEqual([]);
    expect(onDate("2020-01-01")).toHaveLength(1);
  });

  it("stops applying a row on its deletion date", () => {
    expect(onDate("2020-01-30")).toHaveLength(1);
    expect(onDate("2020-01-31")).toEqual([]);
  });

  it("uses the row that took effect last when periods of one pair overlap", () => {
    const overlapping = releaseWithPairEdits([
      pairEdit("97530", "97140", { modifierIndicator: 1, effectiveDate: "2020-01-01" }),
      pairEdit("97530", "97140", { modifierIndicator: 0, effectiveDate: "2024-01-01", rationale: "Newer row" }),
    ]);
    const [item] = pairs(encounterWith([timed("97530", 30), timed("97140", 15)]), {}, overlapping);
    expect(item).toMatchObject({ modifierIndicator: 0, rationale: "Newer row" });
  });
});

describe("ptpPairEdits and modifiers", () => {
  const release = releaseWithPairEdits([pairEdit("97530", "97140")]);
  const hit = (column1Modifiers: string[], column2Modifiers: string[], params: Record<string, unknown> = {}) =>
    pairs(
      encounterWith([
        timed("97530", 30, { modifiers: column1Modifiers }),
        timed("97140", 15, { modifiers: column2Modifiers }),
      ]),
      params,
      release,
    );

  it("never reports an indicator 9 row", () => {
    const notApplicable = releaseWithPairEdits([pairEdit("97530", "97140", { modifierIndicator: 9 })]);
    expect(pairs(encounterWith([timed("97530", 30), timed("97140", 15)]), {}, notApplicable)).toEqual([]);
  });

  it("counts an X modifier on the column-2 code as a bypass", () => {
    expect(hit(["GP"], ["GP", "XS"], { columnTwoBypass: "present" })).toEqual([
      expect.objectContaining({ bypassModifiers: ["XS"] }),
    ]);
    expect(hit(["GP"], ["GP", "XS"], { columnTwoBypass: "absent" })).toEqual([]);
  });

  it("reports 59 on the column-1 code as misplaced, not as a bypass", () => {
    expect(hit(["GP", "59"], ["GP"], { columnTwoBypass: "absent", columnOneBypass: "present" })).toEqual([
      expect.objectContaining({ misplacedModifiers: ["59"], bypassModifiers: [] }),
    ]);
  });

  it("never counts 22, 76 or 77 as a bypass", () => {
    for (const modifier of ["22", "76", "77"]) {
      expect(hit(["GP"], ["GP", modifier], { columnTwoBypass: "absent", withNeverBypassModifier: true })).toEqual([
        expect.objectContaining({ neverBypassModifiers: [modifier] }),
      ]);
    }
  });

  it("does not count an X modifier used before it existed (2015-01-01) as a bypass", () => {
    const since1996 = releaseWithPairEdits([pairEdit("97530", "97140", { effectiveDate: "1996-01-01" })]);
    const early = pairs(
      encounterWith([timed("97530", 30), timed("97140", 15, { modifiers: ["GP", "XS"] })], {
        dateOfService: "2014-12-31",
      }),
      {},
      since1996,
    );
    expect(early).toEqual([expect.objectContaining({ bypassModifiers: [] })]);
  });

  it("reports each column-2 line of a pair once, naming the first column-1 line", () => {
    const items = pairs(
      encounterWith([timed("97530", 15), timed("97140", 15), timed("97530", 15), timed("97140", 15)]),
      {},
      release,
    );
    expect(items.map((item) => item.services)).toEqual([
      [0, 1],
      [0, 3],
    ]);
  });

  it("names the column-1 line whose modifier is misplaced when the code is on several lines", () => {
    const items = pairs(
      encounterWith([timed("97530", 15), timed("97530", 15, { modifiers: ["GP", "XU"] }), timed("97140", 15)]),
      { columnOneBypass: "present" },
      release,
    );
    expect(items).toEqual([expect.objectContaining({ services: [1, 2], misplacedModifiers: ["XU"] })]);
  });

  it("ignores a pair row listing the same code in both columns", () => {
    const same = releaseWithPairEdits([pairEdit("97140", "97140")]);
    expect(pairs(encounterWith([timed("97140", 15), timed("97140", 15)]), {}, same)).toEqual([]);
  });
});

describe("ptpPairEdits cost", () => {
  it("looks the encounter's pairs up in the release's index and never reads the table's rows", () => {
    const compiled = compileTables(releaseWithPairEdits([pairEdit("97530", "97140")]));
    const unreadable = {
      ...compiled,
      ncciPtpEdits: {
        ...compiled.ncciPtpEdits,
        get edits(): never {
          throw new Error("the pair table was scanned during an evaluation");
        },
      },
    };
    const context = createEvaluationContext(encounterWith([timed("97530", 30), timed("97140", 15)]), unreadable);
    expect(factItemsFor("ptpPairEdits", context)).toEqual([
      expect.objectContaining({ column1Code: "97530", column2Code: "97140" }),
    ]);
  });
});
