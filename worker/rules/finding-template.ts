// Fills `{field}` placeholders in a rule's message and fix from the item a finding is about.
// Lists read as "a, b"; a placeholder the item lacks is left visible so rules:check and tests catch it.

export function fillTemplate(template: string, item: Record<string, unknown>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (placeholder, field: string) => {
    const value = item[field];
    if (value === undefined || value === null) return placeholder;
    return Array.isArray(value) ? value.join(", ") : String(value);
  });
}

export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1]!);
}
