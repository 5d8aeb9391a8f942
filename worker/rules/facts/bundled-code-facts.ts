// Facts about codes a payer never pays separately (the payer profile's `bundledCodes`).
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { payersWhere } from "./match-keys.ts";

export const payerBundledServices: FactDefinition = {
  description:
    "Services whose code the payer profile bundles (`bundledCodes`: Medicare's 97010, status B). `bundledNote` is the profile's `bundledCodesNote`, what bundling means under this payer.",
  stage: "coding",
  itemFields: ["service", "code", "payerType", "bundledNote", "services", "codes"],
  example: {},
  canMatch: (_params, tables) => ({
    codes: Object.values(tables.payerProfiles.profiles).flatMap((profile) => profile.bundledCodes ?? []),
    payers: payersWhere(tables, (profile) => (profile.bundledCodes ?? []).length > 0),
  }),
  compute(context): FindingItem[] {
    const bundled = context.profile.bundledCodes ?? [];
    return context.encounter.services.flatMap((service, index) =>
      bundled.includes(service.code) && context.onClaim(index)
        ? [
            {
              service: index,
              code: service.code,
              payerType: context.encounter.payer.type,
              bundledNote: context.profile.bundledCodesNote,
              services: [index],
              codes: [service.code],
            },
          ]
        : [],
    );
  },
};
