/**
 * The benchmarks' entry in the extension host (`extensionTestsPath`, see bench/vscode.ts): runs
 * every test/extension/bench/*.bench.ts in file-name order and appends what they record, one JSON
 * object a line, to the file COPYDESK_BENCH_RESULTS names. A benchmark that throws is recorded as
 * an error and the others still run. Figures only: nothing here passes or fails.
 */
import { appendFileSync } from "node:fs";
import * as vscode from "vscode";
// A virtual module made by esbuild.js: every test/extension/bench/*.bench.ts, loaded lazily.
import { benchFiles } from "copydesk:extension-benches";
import type { Bench, BenchFile } from "./bench.js";
import { COLD_START_FOLDER, run as coldStart } from "./cold-start.js";

export type BenchLine =
  | { kind: "file"; file: string }
  | { kind: "note"; text: string }
  | { kind: "record"; name: string; samples: number[]; unit: string; target?: string; note?: string }
  | { kind: "error"; file: string; message: string };

export async function run(): Promise<void> {
  const out = process.env.COPYDESK_BENCH_RESULTS;
  const write = (line: BenchLine) => (out ? appendFileSync(out, `${JSON.stringify(line)}\n`) : console.log(JSON.stringify(line)));
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!workspace) throw new Error("The benchmarks need a workspace folder (a copy of examples/).");
  const scratch = vscode.Uri.joinPath(workspace, "..", "bench-scratch");
  await vscode.workspace.fs.createDirectory(scratch);
  const bench: Bench = {
    workspace,
    scratch,
    record: (name, samples, options = {}) => write({ kind: "record", name, samples: [...samples], unit: options.unit ?? "ms", target: options.target, note: options.note }),
    note: (text) => write({ kind: "note", text }),
  };
  // bench/vscode.ts opens a window on a `cold-start` folder for the cold-start benchmark alone.
  if (vscode.workspace.workspaceFolders?.[0]?.name === COLD_START_FOLDER) {
    write({ kind: "file", file: "cold-start.ts" });
    try {
      await coldStart(bench);
    } catch (error) {
      write({ kind: "error", file: "cold-start.ts", message: String((error as Error).stack ?? error) });
    }
    // So that the next window on this folder does not reopen the document (which would activate Copydesk at startup).
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    return;
  }
  // COPYDESK_BENCH_GREP: only the benchmark files whose path matches.
  const only = process.env.COPYDESK_BENCH_GREP ? new RegExp(process.env.COPYDESK_BENCH_GREP) : undefined;
  for (const [file, load] of Object.entries(benchFiles as Record<string, () => Promise<BenchFile>>)) {
    if (only && !only.test(file)) continue;
    write({ kind: "file", file });
    try {
      await (await load()).run(bench);
    } catch (error) {
      write({ kind: "error", file, message: String((error as Error).stack ?? error) });
    }
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  }
}
