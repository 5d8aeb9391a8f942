import { describe, expect, it } from "vitest";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { factItems, shippedTables } from "../../helpers/fact-values.ts";

const hotPack = { code: "97010", modifiers: ["GP"] };

describe("payerBundledServices", () => {
  it("takes Medicare's 97010 with the profile's note on what bundling means", () => {
    const items = factItems("payerBundledServices", encounterWith([hotPack, timed("97110", 30)]));
    expect(items).toEqual([
      expect.objectContaining({
        service: 0,
        code: "97010",
        payerType: "medicare",
        services: [0],
        codes: ["97010"],
        bundledNote: expect.stringContaining("patient may not be billed"),
      }),
    ]);
  });

  it("finds nothing for a commercial payer whose profile bundles nothing", () => {
    expect(
      factItems(
        "payerBundledServices",
        encounterWith([hotPack, timed("97110", 30)], { payer: { type: "commercial" } }),
      ),
    ).toEqual([]);
  });
});

describe("the shipped payer profiles", () => {
  it("bundle for Medicare only codes the catalog gives status B, as the Medicare note says", () => {
    const bundled = shippedTables.payerProfiles.profiles.medicare.bundledCodes ?? [];
    expect(bundled.length).toBeGreaterThan(0);
    for (const code of bundled) expect(shippedTables.catalogByCode.get(code)?.medicareStatus).toBe("B");
  });
});
