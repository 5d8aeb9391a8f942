// A sorted code set as one compact string, for code sets too large to bundle as JSON (ICD-10-CM:
// about 75,000 codes, ~170 KiB gzipped as JSON, ~20 KiB encoded). Codes are grouped by their
// 3-character category, so a lookup decodes one category, never the whole set. Within a category
// each code's rest is written as the number of leading characters it shares with the rest before
// it (one digit) and the characters that differ: M5450 M5451 M5459 M549 → "M54" + "050 11 19 09".

const categorySeparator = "|";

/** Encodes ascending codes (each at most 3 + 10 characters) grouped by 3-character category. */
export function encodeCodeSet(codes: readonly string[]): string {
  const chunks: string[] = [];
  let category = "";
  let rests: string[] = [];
  const flush = () => rests.length > 0 && chunks.push(category + encodeSortedCodes(rests));
  for (const code of codes) {
    if (code.length < 3) throw new Error(`a code has at least 3 characters: ${code}`);
    if (code.slice(0, 3) !== category) {
      flush();
      category = code.slice(0, 3);
      rests = [];
    }
    rests.push(code.slice(3));
  }
  flush();
  return chunks.join(categorySeparator);
}

/** Each category's encoded chunk, by category: cheap to build, decoded one category at a time. */
export function splitCodeSetCategories(encoded: string): Map<string, string> {
  const byCategory = new Map<string, string>();
  if (encoded === "") return byCategory;
  for (const chunk of encoded.split(categorySeparator)) byCategory.set(chunk.slice(0, 3), chunk.slice(3));
  return byCategory;
}

/** Encodes strings given in ascending order, each at most 10 characters long (the first may be empty). */
export function encodeSortedCodes(codes: readonly string[]): string {
  let previous: string | undefined;
  const tokens: string[] = [];
  for (const code of codes) {
    if (previous !== undefined && code <= previous)
      throw new Error(`codes must be unique and in ascending order: ${code} follows ${previous}`);
    if (code.length > 10) throw new Error(`a code is at most 10 characters long: ${code}`);
    let shared = 0;
    const before = previous ?? "";
    const limit = Math.min(9, before.length, code.length);
    while (shared < limit && before[shared] === code[shared]) shared += 1;
    tokens.push(`${shared}${code.slice(shared)}`);
    previous = code;
  }
  return tokens.join(" ");
}

/** The strings, in ascending order, from encodeSortedCodes' string. */
export function decodeSortedCodes(encoded: string): string[] {
  if (encoded === "") return [];
  let previous = "";
  return encoded.split(" ").map((token) => {
    previous = previous.slice(0, Number(token[0])) + token.slice(1);
    return previous;
  });
}

/** A diagnosis code sets table as the build bundles it: each set's codes encoded, the rest as written. */
export function compactDiagnosisCodeSets(table: {
  codeSets: readonly { billableCodes: readonly string[] }[];
}): unknown {
  return {
    ...table,
    codeSets: table.codeSets.map(({ billableCodes, ...codeSet }) => ({
      ...codeSet,
      billableCodesEncoded: encodeCodeSet(billableCodes),
    })),
  };
}
