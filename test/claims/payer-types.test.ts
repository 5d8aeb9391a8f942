import { describe, expect, it } from "vitest";
import { payerTypeForClaimFilingIndicator, payerTypeForSourceOfPayment } from "../../worker/claims/payer-types.ts";

describe("payer types", () => {
  it("maps SBR09 claim filing indicators with a payer profile and leaves the others unmapped", () => {
    expect(["MB", "MA", "16", "MC", "CI", "BL", "HM", "12", "WC", "AM"].map(payerTypeForClaimFilingIndicator)).toEqual([
      "medicare",
      "medicare",
      "medicare",
      "medicaid",
      "commercial",
      "commercial",
      "commercial",
      "commercial",
      "workers_comp",
      "auto",
    ]);
    expect(["VA", "CH", "ZZ", "11", ""].map(payerTypeForClaimFilingIndicator)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("maps Source of Payment Typology codes by family", () => {
    expect(["1", "111", "2", "5", "51", "6", "7", "95", "951", "96", "81"].map(payerTypeForSourceOfPayment)).toEqual([
      "medicare",
      "medicare",
      "medicaid",
      "commercial",
      "commercial",
      "commercial",
      "commercial",
      "workers_comp",
      "workers_comp",
      "auto",
      "self_pay",
    ]);
    expect(["3", "32", "9", "99", "82"].map(payerTypeForSourceOfPayment)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
