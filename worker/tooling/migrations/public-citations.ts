// The citation rewrite of the 2026-11 migration: what releases 2026.3.0 and 2026.4.0 served cited
// internal material (the FAQ's file name, "domain facts", confidence letters). Served text now cites
// only public documents; the original wording moves to the object's `note`, which is never served.

/** Exact rewrites, for text no pattern below says well. */
const exact: Record<string, string> = {
  "rationale not stated; the FAQ says 97140 takes modifier 59 or the appropriate X modifier with this code":
    "97140 is separately payable with this code only with modifier 59 or the X modifier that fits, on the 97140 line.",
  "rationale not stated; 59 or an X modifier required when 97140 is billed with a PT evaluation":
    "97140 with a physical therapy evaluation is separately payable only with modifier 59 or the X modifier that fits.",
  "rationale not stated; only the evaluation was paid, and modifier 59 did not help": "Only the evaluation was paid; no modifier made 97140 separately payable.",
  "rationale not stated; separately payable only when a different spinal region is treated": "Separately payable only when a different spinal region is treated.",
};

const faqPairSource =
  "A common commercial-payer policy for massage therapy billing (not found in CMS's practitioner PTP file, which may differ)";

/** Ordered: the first patterns remove whole clauses, the later ones tidy what is left. */
const patterns: Array<[RegExp, string]> = [
  [/The user's FAQ \(000_366231e3abe50ae7\.txt[^)]*\), carried as the user's statement \(domain facts §7\); CMS's practitioner PTP file may differ\.[\s\S]*$/, faqPairSource + "."],
  [/NCCI Policy Manual for Medicare Services Ch\. XI, as domain facts §7 reports it \(M for the column order: chiropractic manipulation as column 1\)\. No effective date in the source: ClaimLint applies the row from 2026-10-01, the first release that carries it\./,
    "NCCI Policy Manual for Medicare Services, Ch. XI (chiropractic manipulative treatment with physical medicine services). No effective date in the source: ClaimLint applies the row from 2026-10-01."],
  [/ L for the column order: the notice does not say which code takes the modifier; ClaimLint takes the evaluation as column 1\./, " ClaimLint takes the evaluation as column 1."],
  [/; domain facts §7 \(M\)\./, "."],
  [/\(domain facts §2: default to CMS\)/, ""],
  [/domain facts §6: CQ goes with GP, CO with GO; required from 2020-01-01, lines paid at 85% from 2022-01-01\./,
    "CY2019 Medicare physician fee schedule final rule: CQ goes with GP, CO with GO; required from 2020-01-01, lines paid at 85% from 2022-01-01."],
  [/domain facts §6: KX attests/, "Medicare physician fee schedule final rules (the yearly outpatient therapy threshold): KX attests"],
  [/CPT modifier (22|76|77); domain facts §7: 22, 76 and 77 never bypass an NCCI pair edit \(they are not NCCI-associated\)/,
    "CPT modifier $1; NCCI Policy Manual for Medicare Services Ch. I: 22, 76 and 77 are not NCCI-associated modifiers and never bypass a pair edit"],
  [/; domain facts §7 \(59 and an X modifier on the same line is redundant\)/, " (59 and an X modifier on the same line is redundant)"],
  [/; domain facts §7 \(22, 76, 77 never bypass\)/, " (22, 76 and 77 never bypass)"],
  [/, as domain facts §7 (lists|reports) them/g, ""],
  [/ as the domain facts report it, medium confidence for the column order/g, ""],
  [/; paired with 97140 in the user's FAQ/, "; commonly paired with 97140 in massage therapy billing"],
  [/; the user's FAQ \('What are always therapy codes\?'\)/, ""],
  [/ \(example 3; the user's FAQ states the same case\)/, " (example 3)"],
  [/; the user's FAQ \("you shouldn't bill for services performed for less than 8 minutes"\)/, ""],
  [/; the user's FAQ \(cupping billed as 97139\)/, "; services without a code of their own, such as cupping, are billed as 97139"],
  [/; the user's FAQ \('How do you bill for cupping therapy\?': 97139\)/, "; cupping, which has no code of its own, is billed as 97139"],
  [/; the user's FAQ \('Some providers have reported success with billing for cupping using CPT code 97139'\)/, ""],
  [/ The user's FAQ gives 8E0KX1Z as 'the ICD-10 code for massage therapy'; it is the PCS code/, " 8E0KX1Z, sometimes given as 'the ICD-10 code for massage therapy', is the PCS code"],
  [/; the user's FAQ \('What is the ICD 10 code for massage therapy\?' answers 8E0KX1Z, which is mistaken here: it is a procedure code, not a diagnosis[^)]*\)/, ""],
  [/^The user's FAQ \(95180: hours in the unit field\); a partial hour counts past its midpoint by the usual time-unit convention \(domain facts §3, M\)$/,
    "CPT descriptor for 95180 (each hour); a partial hour counts once past its midpoint, the usual time-unit convention"],
  [/^The user's FAQ \(95180: the number of hours is reported in the unit field\); midpoint convention \(domain facts §3, M\)$/,
    "CPT descriptor for 95180 (each hour: the number of hours is reported in the unit field); a partial hour counts once past its midpoint"],
  [/^The user's FAQ: the number of hours is reported in the unit field \(domain facts §3\)$/, "CPT descriptor for 95180 (each hour): the number of hours is reported in the unit field"],
  [/ The shipped rows are the pairs the user's FAQ states \(from 2015-10-01, as in 2026\.3\.0: the FAQ gives no start date\)/,
    " The shipped rows are the pairs common commercial-payer policy for massage therapy states (from 2015-10-01: the policy gives no start date)"],
  [/as the baseline release carries them: the pairs the user's FAQ states \(from 2015-10-01, every date of service ClaimLint answers: the FAQ gives no start date\)/,
    "as the baseline release carries them: the pairs common commercial-payer policy for massage therapy states (from 2015-10-01, every date of service ClaimLint answers: the policy gives no start date)"],
  [/The NCCI pair edits the user's FAQ states/g, "The NCCI pair edits common commercial-payer policy for massage therapy states"],
  [/the pair edits the user's FAQ states/g, "the pair edits common commercial-payer policy for massage therapy states"],
  [/the FAQ states them as standing restrictions with no start date/g, "the policy states them as standing restrictions with no start date"],
  [/because the FAQ gives no start date/g, "because the policy gives no start date"],
  [/ were not found in our sources \(domain facts §7\)/, " were not at hand when this table was written"],
  [/ as reported by our sources \(domain facts §6, M\)/g, ""],
  [/ \(domain facts §\d+(?:, [HML])?\)/g, ""],
  [/; domain facts §\d+(?: and §\d+)?(?: \([HML]\))?/g, ""],
  [/ \(domain facts §\d+: [^)]*\)/g, ""],
  [/\(domain facts §6\)/g, ""],
  [/ \(Pub 100-02 Ch\.15 §240; domain facts §10\)/, " (Pub 100-02 Ch.15 §240)"],
  [/\(domain facts §2, M\)/g, ""],
  [/ +\./g, "."],
  [/ +;/g, ";"],
  [/ {2,}/g, " "],
];

export function publicCitation(text: string): string {
  if (exact[text]) return exact[text];
  let result = text;
  for (const [pattern, replacement] of patterns) result = result.replace(pattern, replacement);
  return result.trim();
}
