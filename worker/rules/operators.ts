// ClaimLint's operators, added to json-rules-engine's built-ins (equal, notEqual, in,
// notIn, contains, doesNotContain, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive).
import { isCalendarDate } from "../validation/calendar-date.ts";

export interface OperatorDefinition {
  description: string;
  example: { fact: string; path?: string; operator: string; value: unknown };
  evaluate(factValue: unknown, value: unknown): boolean;
}

const isDate = (value: unknown): value is string => typeof value === "string" && isCalendarDate(value);

export const customOperators: Readonly<Record<string, OperatorDefinition>> = {
  hasItems: {
    description: "The fact is a list with items (value true) or an empty list (value false).",
    example: { fact: "unknownCodes", operator: "hasItems", value: true },
    evaluate: (factValue, value) => Array.isArray(factValue) && factValue.length > 0 === (value === true),
  },
  containsAny: {
    description: "The fact is a list holding at least one of the values.",
    example: { fact: "serviceCodes", operator: "containsAny", value: ["97124", "97140"] },
    evaluate: (factValue, value) =>
      Array.isArray(factValue) && Array.isArray(value) && value.some((item) => factValue.includes(item)),
  },
  containsAll: {
    description: "The fact is a list holding every one of the values.",
    example: { fact: "serviceCodes", operator: "containsAll", value: ["97124", "97140"] },
    evaluate: (factValue, value) =>
      Array.isArray(factValue) && Array.isArray(value) && value.every((item) => factValue.includes(item)),
  },
  matchesPattern: {
    description: "The fact is text matching the regular expression given as the value.",
    example: { fact: "encounter", path: "provider.npi", operator: "matchesPattern", value: "^1" },
    evaluate: (factValue, value) =>
      typeof factValue === "string" && typeof value === "string" && new RegExp(value).test(factValue),
  },
  onOrAfter: {
    description: "The fact is a date (YYYY-MM-DD) on or after the value.",
    example: { fact: "encounter", path: "dateOfService", operator: "onOrAfter", value: "2020-01-01" },
    evaluate: (factValue, value) => isDate(factValue) && isDate(value) && factValue >= value,
  },
  onOrBefore: {
    description: "The fact is a date (YYYY-MM-DD) on or before the value.",
    example: { fact: "encounter", path: "dateOfService", operator: "onOrBefore", value: "2018-12-31" },
    evaluate: (factValue, value) => isDate(factValue) && isDate(value) && factValue <= value,
  },
};

export const builtInOperators = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;

export function isKnownOperator(name: string): boolean {
  return (builtInOperators as readonly string[]).includes(name) || name in customOperators;
}

/** What json-rules-engine's built-in operators do, for the rule authors' guide (`npm run rules:docs`). */
export const builtInOperatorDocs: Readonly<
  Record<(typeof builtInOperators)[number], Pick<OperatorDefinition, "description" | "example">>
> = {
  equal: {
    description: "The fact (or the value at its path) is exactly the value.",
    example: { fact: "encounter", path: "payer.type", operator: "equal", value: "medicare" },
  },
  notEqual: {
    description: "The fact (or the value at its path) is anything but the value.",
    example: { fact: "payerProfile", path: "unitMethod", operator: "notEqual", value: "cms" },
  },
  in: {
    description: "The fact (or the value at its path) is one of the listed values.",
    example: { fact: "encounter", path: "provider.discipline", operator: "in", value: ["PT", "PTA"] },
  },
  notIn: {
    description: "The fact (or the value at its path) is none of the listed values.",
    example: { fact: "encounter", path: "payer.type", operator: "notIn", value: ["medicare", "medicaid"] },
  },
  contains: {
    description: "The fact is a list holding the value.",
    example: { fact: "serviceCodes", operator: "contains", value: "97010" },
  },
  doesNotContain: {
    description: "The fact is a list not holding the value.",
    example: { fact: "serviceCodes", operator: "doesNotContain", value: "97010" },
  },
  lessThan: {
    description: "The fact (or the value at its path) is a number below the value.",
    example: { fact: "billing", path: "totalTimedMinutes", operator: "lessThan", value: 8 },
  },
  lessThanInclusive: {
    description: "The fact (or the value at its path) is a number at most the value.",
    example: { fact: "billing", path: "totalTimedUnits", operator: "lessThanInclusive", value: 1 },
  },
  greaterThan: {
    description: "The fact (or the value at its path) is a number above the value.",
    example: { fact: "billing", path: "totalTimedUnits", operator: "greaterThan", value: 8 },
  },
  greaterThanInclusive: {
    description: "The fact (or the value at its path) is a number at least the value.",
    example: { fact: "billing", path: "totalTimedMinutes", operator: "greaterThanInclusive", value: 120 },
  },
};
