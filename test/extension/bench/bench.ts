/**
 * Benchmarks that run inside the real VS Code (the extension host of the harness), printed by
 * `npm run bench`. Each `*.bench.ts` in this folder exports `run(bench)`; the runner
 * (test/extension/bench/index.ts, started by bench/vscode.ts) calls them in file-name order in one
 * window whose workspace is a throwaway copy of examples/, and prints what they record with the
 * rest of the benchmark. Never a pass/fail test: figures for people to read against the targets.
 */
import type * as vscode from "vscode";

export interface Bench {
  /** The workspace folder (a copy of examples/; benchmarks may write files into it). */
  readonly workspace: vscode.Uri;
  /** A folder outside the workspace for scratch files. */
  readonly scratch: vscode.Uri;
  /**
   * Records one figure. `samples` are the measured values (ms unless `unit` says otherwise); the
   * report prints their median, min and max, and `target` beside them when given (e.g. "< 200 ms").
   */
  record(name: string, samples: readonly number[], options?: { unit?: string; target?: string; note?: string }): void;
  /** A line of context printed with the results (what was measured, on what input). */
  note(text: string): void;
}

export type BenchFile = { run(bench: Bench): Promise<void> };
