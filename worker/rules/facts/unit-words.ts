// How units and lists of codes read in findings: "1 unit", "2 units" (never "unit(s)"), and a
// list that stays one sentence however many lines tie. Not facts, so outside the fact modules.

/** "1 unit", "2 units": what every units message says. */
export function unitsText(units: number): string {
  return units === 1 ? "1 unit" : `${units} units`;
}

/** "a, b and c"; past four names, how many more: a tie over fifty lines stays one sentence. */
export function shortList(names: readonly string[], most = 4): string {
  const unique = [...new Set(names)];
  if (unique.length > most) return `${unique.slice(0, most).join(", ")} and ${unique.length - most} more`;
  if (unique.length <= 1) return unique.join("");
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}
