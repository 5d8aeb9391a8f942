// Reads wrangler's .dev.vars format (KEY=value lines, # comments, optional quotes), so the
// command-line tools find the same local secrets `npm start` does.

export function parseDevVars(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trim().startsWith("#")) continue;
    const [, name, raw] = match as unknown as [string, string, string];
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    variables[name] = quoted ? quoted[2]! : raw.replace(/\s+#.*$/, "");
  }
  return variables;
}
