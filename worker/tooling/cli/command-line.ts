// Every npm command's arguments, read one way: `--help` (or -h) prints what the command does and
// how to call it, and a mistyped option prints the problem and the usage instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface CommandHelp {
  /** `npm run rules:diff -- FROM TO [--corpus encounters.ndjson]` */
  usage: string;
  /** What the command does, then each option, in plain words. */
  description: string;
}

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<T extends Options> = {
  [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : T[K]["multiple"] extends true ? string[] : string;
};

export type CommandLine<T extends Options> =
  | { kind: "run"; values: Values<T>; positionals: string[] }
  | { kind: "help"; text: string }
  | { kind: "mistake"; text: string };

export function parseCommandLine<T extends Options>(help: CommandHelp, options: T, args: string[]): CommandLine<T> {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if ((parsed.values as Record<string, unknown>).help) return { kind: "help", text: helpText(help) };
    return { kind: "run", values: parsed.values as Values<T>, positionals: parsed.positionals };
  } catch (reason) {
    return { kind: "mistake", text: `✗ ${(reason as Error).message.split(". To specify")[0]}\n\n${helpText(help)}` };
  }
}

/** The parsed command line; prints the help (exit 0) or the mistake and the usage (exit 1) instead. */
export function readCommandLine<T extends Options>(
  help: CommandHelp,
  options: T,
  args: string[] = process.argv.slice(2),
): { values: Values<T>; positionals: string[] } {
  const line = parseCommandLine(help, options, args);
  if (line.kind === "run") return line;
  if (line.kind === "help") console.log(line.text);
  else console.error(line.text);
  process.exit(line.kind === "help" ? 0 : 1);
}

export function helpText(help: CommandHelp): string {
  return `usage: ${help.usage}\n\n${help.description.trim()}`;
}
