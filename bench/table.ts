// The benchmark's report: rows with their targets, a side-by-side table of the database setups,
// bench/results.json, and the Markdown the README's Benchmark section shows.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Row {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean | null;
}

/** One load's figures on each database setup, for the side-by-side table. */
export interface SetupFigures {
  setup: string;
  figures: Record<string, string>;
}

export class Report {
  readonly rows: Row[] = [];
  readonly setups: SetupFigures[] = [];

  record(name: string, value: number, unit: string, target = "", met: boolean | null = null) {
    this.rows.push({ name, value: Math.round(value * 100) / 100, unit, target, met });
    // As it comes, so a run that fails later still shows what it measured.
    process.stderr.write(`[bench]   ${name}: ${Math.round(value * 100) / 100} ${unit} ${target}\n`);
  }

  setup(setup: string, figures: Record<string, string>) {
    this.setups.push({ setup, figures });
  }

  markdown(date: string, machine: string, seconds: number, elapsed: number): string {
    const lines = [
      `Sentaku benchmark, ${date.slice(0, 16).replace("T", " ")} UTC, ${machine}, ${seconds} s per load`,
      "",
      "| measure | result | target | |",
      "| --- | ---: | --- | --- |",
      ...this.rows.map(
        (r) =>
          `| ${r.name} | ${r.value.toLocaleString("en-US")} ${r.unit} | ${r.target} | ${r.met === null ? "" : r.met ? "met" : "**missed**"} |`,
      ),
    ];
    if (this.setups.length > 0) {
      const measures = [...new Set(this.setups.flatMap((s) => Object.keys(s.figures)))];
      lines.push(
        "",
        `| same loads | ${this.setups.map((s) => s.setup).join(" | ")} |`,
        `| --- | ${this.setups.map(() => "---:").join(" | ")} |`,
        ...measures.map((m) => `| ${m} | ${this.setups.map((s) => s.figures[m] ?? "–").join(" | ")} |`),
      );
    }
    lines.push("", `(${Math.round(elapsed)} s in all; written to bench/results.json)`);
    return lines.join("\n");
  }

  write(root: string, seconds: number, elapsed: number): string {
    const date = new Date().toISOString();
    const cpu = os.cpus()[0]?.model.trim() ?? "cpu";
    const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const markdown = this.markdown(date, machine, seconds, elapsed);
    const results = { date, machine, seconds, rows: this.rows, setups: this.setups, markdown };
    writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    return markdown;
  }
}

export function requestsAndLatency(r: { rps: number; p99: number }): string {
  return `${Math.round(r.rps).toLocaleString("en-US")} req/s, p99 ${Math.round(r.p99)} ms`;
}
