// One progress line on stderr: redrawn in place on a terminal, a line per tenth otherwise (CI logs).
export class ProgressBar {
  #lastTenth = -1;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number, note = ""): void {
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line = `${this.label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${note}`;
    if (this.stream.isTTY) {
      const columns = (this.stream.columns || 80) - 1;
      this.stream.write(`\r${line.slice(0, columns).padEnd(columns)}`);
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth !== this.#lastTenth) this.stream.write(`${line}\n`);
    this.#lastTenth = tenth;
  }

  /** Ends the redrawn line so the next output starts on its own. */
  finish(): void {
    if (this.stream.isTTY) this.stream.write("\n");
  }
}
