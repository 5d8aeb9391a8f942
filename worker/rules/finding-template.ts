// Fills `{field}` placeholders in a rule's message and fix from the item a finding is about.
// Lists read as "a, b"; a placeholder the item lacks is left visible so rules:check and tests catch it.

export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1]!);
}

/**
 * The template read once: a rule's message is filled for every finding it emits, so the rule
 * engine splits it when the release compiles.
 */
export function compileTemplate(template: string): (item: Record<string, unknown>) => string {
  // split with a capturing group: even entries are literal text, odd entries are field names.
  const parts = template.split(/\{([A-Za-z][A-Za-z0-9]*)\}/);
  if (parts.length === 1) return () => template;
  return (item) => {
    let text = parts[0]!;
    for (let index = 1; index < parts.length; index += 2) {
      const field = parts[index]!;
      const value = item[field];
      if (value === undefined || value === null) text += `{${field}}`;
      else text += Array.isArray(value) ? value.join(", ") : String(value);
      text += parts[index + 1]!;
    }
    return text;
  };
}
