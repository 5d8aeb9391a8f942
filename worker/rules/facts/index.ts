// The one place facts are registered: rule files may name exactly these.
import * as bundledCodeFacts from "./bundled-code-facts.ts";
import * as diagnosisFacts from "./diagnosis-facts.ts";
import * as encounterFacts from "./encounter-facts.ts";
import * as evaluationFacts from "./evaluation-facts.ts";
import type { FactDefinition } from "./fact-definition.ts";
import * as kxThresholdFacts from "./kx-threshold-facts.ts";
import * as modifierFacts from "./modifier-facts.ts";
import * as mueFacts from "./mue-facts.ts";
import * as ncciFacts from "./ncci-facts.ts";
import * as planOfCareFacts from "./plan-of-care-facts.ts";
import * as progressReportFacts from "./progress-report-facts.ts";
import * as providerFacts from "./provider-facts.ts";
import * as sameDayFacts from "./same-day-facts.ts";
import * as therapyModifierFacts from "./therapy-modifier-facts.ts";
import * as unitFacts from "./unit-facts.ts";

export const factRegistry: Readonly<Record<string, FactDefinition>> = {
  ...encounterFacts,
  ...unitFacts,
  ...ncciFacts,
  ...modifierFacts,
  ...mueFacts,
  ...therapyModifierFacts,
  ...bundledCodeFacts,
  ...diagnosisFacts,
  ...evaluationFacts,
  ...providerFacts,
  // Facts of the patient's earlier visits: empty unless the encounter names a patient.
  ...kxThresholdFacts,
  ...progressReportFacts,
  ...planOfCareFacts,
  ...sameDayFacts,
};
