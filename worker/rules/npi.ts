// The National Provider Identifier's check digit: the Luhn formula (ISO/IEC 7812) over the
// first nine digits prefixed with 80840, the health industry's card-issuer prefix. Adding
// the prefix is the same as adding 24 to the Luhn sum of the nine digits.

export type NpiProblem = "format" | "first-digit" | "check-digit";

const npiPrefix = "80840";

/** The check digit for the first nine digits of an NPI. */
export function npiCheckDigit(firstNineDigits: string): number {
  if (!/^[0-9]{9}$/.test(firstNineDigits))
    throw new RangeError("an NPI check digit is computed over exactly nine digits");
  const digits = `${npiPrefix}${firstNineDigits}`;
  let sum = 0;
  // From the right, every other digit is doubled, starting with the digit next to the (missing) check digit.
  for (let offset = 0; offset < digits.length; offset += 1) {
    const digit = Number(digits[digits.length - 1 - offset]);
    const doubled = offset % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether the tenth digit is the check digit of the first nine. */
export function hasValidNpiCheckDigit(npi: string): boolean {
  return /^[0-9]{10}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

/**
 * What is wrong with an NPI, if anything: not ten digits; a first digit other than 1 or 2
 * (the only ones NPPES issues); or a check digit that does not match.
 */
export function npiProblems(npi: string): NpiProblem[] {
  if (!/^[0-9]{10}$/.test(npi)) return ["format"];
  const problems: NpiProblem[] = [];
  if (npi[0] !== "1" && npi[0] !== "2") problems.push("first-digit");
  if (!hasValidNpiCheckDigit(npi)) problems.push("check-digit");
  return problems;
}
