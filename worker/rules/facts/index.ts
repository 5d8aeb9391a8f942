// The one place facts are registered: rule files may name exactly these.
import * as encounterFacts from "./encounter-facts.ts";
import type { FactDefinition } from "./fact-definition.ts";
import * as unitFacts from "./unit-facts.ts";

export const factRegistry: Readonly<Record<string, FactDefinition>> = {
  ...encounterFacts,
  ...unitFacts,
};
