// Facts read straight from the encounter and the release's catalog and payer profile.
import { flag, paramsSchema, textList } from "./param-schema.ts";
import type { CatalogCode } from "../bundled-release.ts";
import type { FactDefinition, FactParams, FindingItem } from "./fact-definition.ts";
import { listParam } from "./fact-definition.ts";
import { catalogCodes } from "./match-keys.ts";
import { shortList } from "./unit-words.ts";

export const encounter: FactDefinition = {
  description: "The encounter as sent (use a path: `payer.type`, `provider.discipline`, `dateOfService`).",
  stage: "coding",
  example: { path: "payer.type", operator: "equal", value: "medicare" },
  compute: (context) => context.encounter,
};

export const payerProfile: FactDefinition = {
  description:
    "The payer profile that applies, with the unit method in force (`unitMethod`, `therapyModifiersRequired`, `bundledCodes`).",
  stage: "coding",
  example: { path: "unitMethod", operator: "equal", value: "cms" },
  compute: (context) => ({ ...context.profile, unitMethod: context.unitMethod }),
};

export const serviceCodes: FactDefinition = {
  description: "The procedure codes of the encounter's services, in line order.",
  stage: "coding",
  example: { operator: "contains", value: "97139" },
  compute: (context) => context.encounter.services.map((service) => service.code),
};

export const services: FactDefinition = {
  description:
    "The services on the claim (on a line that bills at least one unit) matching every filter given, one item per service.",
  stage: "coding",
  params: paramsSchema({
    codes: textList("only these codes", ["97140"]),
    unitBasis: textList(
      "only codes with one of these unit bases in the catalog (timed, untimed, hourly, unlisted, reporting)",
      ["timed"],
      ["timed", "untimed", "hourly", "unlisted", "reporting"],
    ),
    tags: textList("only codes carrying one of these catalog tags", ["massage"]),
    withoutTags: textList("only codes carrying none of these catalog tags (codes outside the catalog carry none)", [
      "massage",
    ]),
    alwaysTherapy: flag("true: only codes the catalog marks always-therapy; false: only codes it does not"),
    medicareStatus: textList(
      "only codes with one of these Medicare fee schedule statuses in the catalog (B bundled, I not valid for Medicare)",
      ["I"],
    ),
    withoutDescription: flag("true: only lines with no description"),
    withDescription: flag("true: only lines with a description"),
    withAnyModifier: textList("only lines carrying at least one of these modifiers", ["59"]),
    withoutModifiers: textList("only lines carrying none of these modifiers", ["GP"]),
  }),
  // No `description`: it is the patient's record (free text), so no message may quote it.
  itemFields: ["service", "code", "minutes", "units", "modifiers", "medicarePaysInstead", "services", "codes"],
  example: { params: { codes: ["97139"], withoutDescription: true } },
  compute(context, params): FindingItem[] {
    const { codes, catalog, withAnyModifier, withoutModifiers } = serviceFilter(params);
    const items: FindingItem[] = [];
    context.encounter.services.forEach((service, index) => {
      if (!context.onClaim(index)) return;
      const entry = context.catalogEntry(service.code);
      const modifiers = service.modifiers ?? [];
      if (codes && !codes.includes(service.code)) return;
      if (!catalog(entry)) return;
      if (params.withoutDescription === true && service.description) return;
      if (params.withDescription === true && !service.description) return;
      if (withAnyModifier && !modifiers.some((modifier) => withAnyModifier.includes(modifier))) return;
      if (withoutModifiers && modifiers.some((modifier) => withoutModifiers.includes(modifier))) return;
      const instead =
        entry?.medicarePaysInstead === undefined ? {} : { medicarePaysInstead: entry.medicarePaysInstead };
      items.push({
        service: index,
        code: service.code,
        minutes: service.minutes,
        units: service.units,
        modifiers,
        ...instead,
        services: [index],
        codes: [service.code],
      });
    });
    return items;
  },
  canMatch(params, tables) {
    const { codes, catalog, withAnyModifier } = serviceFilter(params);
    // A code outside the catalog passes the catalog filters only when they ask nothing of the entry.
    const codesThatPass = catalog(undefined)
      ? codes
      : tables.catalog.codes
          .filter((entry) => catalog(entry) && (!codes || codes.includes(entry.code)))
          .map((entry) => entry.code);
    return { codes: codesThatPass, modifiers: withAnyModifier };
  },
};

interface ServiceFilter {
  codes: readonly string[] | undefined;
  /** The filters on the code's catalog entry (undefined for a code outside the catalog). */
  catalog(entry: CatalogCode | undefined): boolean;
  withAnyModifier: readonly string[] | undefined;
  withoutModifiers: readonly string[] | undefined;
}

// A rule's params are the same object on every evaluation: read them once.
const filtersByParams = new WeakMap<FactParams, ServiceFilter>();

function serviceFilter(params: FactParams): ServiceFilter {
  let filter = filtersByParams.get(params);
  if (filter) return filter;
  const unitBasis = listParam(params, "unitBasis");
  const tags = listParam(params, "tags");
  const withoutTags = listParam(params, "withoutTags");
  const medicareStatus = listParam(params, "medicareStatus");
  filter = {
    codes: listParam(params, "codes"),
    catalog(entry) {
      if (unitBasis && !unitBasis.includes(entry?.unitBasis ?? "unknown")) return false;
      if (tags && !(entry?.tags ?? []).some((tag) => tags.includes(tag))) return false;
      if (withoutTags && (entry?.tags ?? []).some((tag) => withoutTags.includes(tag))) return false;
      if (typeof params.alwaysTherapy === "boolean" && (entry?.alwaysTherapy ?? false) !== params.alwaysTherapy)
        return false;
      return !medicareStatus || medicareStatus.includes(entry?.medicareStatus ?? "");
    },
    withAnyModifier: listParam(params, "withAnyModifier"),
    withoutModifiers: listParam(params, "withoutModifiers"),
  };
  filtersByParams.set(params, filter);
  return filter;
}

export const unknownCodes: FactDefinition = {
  description: "Services whose code is not in the release's catalog, so ClaimLint cannot check their units.",
  stage: "coding",
  itemFields: ["service", "code", "services", "codes"],
  example: {},
  compute: (context) =>
    context.encounter.services.flatMap((service, index) =>
      context.catalogEntry(service.code) || !context.onClaim(index)
        ? []
        : [{ service: index, code: service.code, services: [index], codes: [service.code] }],
    ),
};

export const timedServicesWithoutMinutes: FactDefinition = {
  description:
    "Timed (15-minute) and hourly services sent without minutes: their units cannot be checked, so the units sent stand (1 when none were sent). One item per line, or with `together` one item naming them all (a claim carries units, not minutes, so one finding says it once).",
  stage: "coding",
  params: paramsSchema({
    together: flag(
      'true: one item for all such lines, its `codeList` naming their codes ("97110, 97112 and 97140")',
      false,
    ),
  }),
  itemFields: ["service", "code", "services", "codes", "codeList"],
  example: { params: { together: true } },
  canMatch: (_params, tables) => ({
    codes: catalogCodes(tables, (entry) => entry.unitBasis === "timed" || entry.unitBasis === "hourly"),
  }),
  compute: (context, params) => {
    const items = context.encounter.services.flatMap((service, index) => {
      const basis = context.catalogEntry(service.code)?.unitBasis;
      const needsMinutes = basis === "timed" || basis === "hourly";
      return needsMinutes && service.minutes === undefined && context.onClaim(index)
        ? [{ service: index, code: service.code, services: [index], codes: [service.code], codeList: service.code }]
        : [];
    });
    if (params.together !== true || items.length === 0) return items;
    const codes = items.map((item) => item.code);
    return [
      {
        service: items[0]!.service,
        code: codes[0]!,
        services: items.map((item) => item.service),
        codes,
        codeList: shortList(codes, 6),
      },
    ];
  },
};
