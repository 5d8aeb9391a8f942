// The benchmark's table: one row per measure, with its target and whether this run met it.
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

export interface ReportRow {
  section: string;
  measure: string;
  result: string;
  target?: string;
  /** Undefined when the measure has no target. */
  met?: boolean;
}

export function machineDescription(): string[] {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return [
    `Machine: ${availableParallelism()} cores (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `Node ${process.version}, ${process.platform}/${process.arch}; load average at the end ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" ")} (1, 5, 15 min)`,
    `Date: ${new Date().toISOString()}`,
    "Command: npm run bench",
  ];
}

export function markdownTable(rows: readonly ReportRow[]): string {
  const header = ["Section", "Measure", "Result", "Target", "Met"];
  const body = rows.map((row) => [
    row.section,
    row.measure,
    row.result,
    row.target ?? "",
    row.met === undefined ? "" : row.met ? "yes" : "**no**",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...body.map(line)].join("\n");
}
