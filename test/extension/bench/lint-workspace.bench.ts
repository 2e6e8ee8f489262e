/**
 * `Copydesk: Lint Workspace` on 2,000 files: the whole run, and how long the extension host's
 * event loop waited at worst while it ran (a 10 ms timer's lateness), which is what keeps the
 * editor responsive (issue target: responsive and cancellable).
 */
import { constants, PerformanceObserver } from "node:perf_hooks";

/** perf_hooks' names for a garbage collection's kind (the entry's `detail.kind`). */
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "minor (scavenge)",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "major (mark-compact)",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental marking",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks",
};
import * as vscode from "vscode";
import { makeDocument } from "../../../bench/corpus.js";
import { threadCpuMs } from "../../../src/extension/diagnostics.js";
import type { Bench } from "./bench.js";

const FILES = 2000;
const TICK_MS = 10;

export async function run(bench: Bench): Promise<void> {
  const folder = vscode.Uri.joinPath(bench.workspace, "blog", "bulk");
  for (let i = 0; i < FILES; i += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, FILES - i) }, (_, k) =>
        vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `post-${i + k}.md`), new TextEncoder().encode(makeDocument(i + k, 300))),
      ),
    );
  }
  const lateness: number[] = [];
  // Where Node can tell (`process.threadCpuUsage`, Node 23.9+), how long the extension host's thread
  // itself ran in each tick: a tick that was late while the thread ran little was late because the
  // machine's cores were busy elsewhere (Chromium drawing the Problems panel, code-server), not
  // because anything on the thread held the event loop.
  const cpuMs = () => threadCpuMs?.() ?? 0;
  const running: number[] = [];
  let last = performance.now();
  let lastCpu = cpuMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = cpuMs();
    lateness.push(Math.max(0, now - last - TICK_MS));
    running.push(Math.max(0, cpu - lastCpu - TICK_MS));
    last = now;
    lastCpu = cpu;
  }, TICK_MS);
  let longestGc = 0;
  let longestKind = "";
  const gcByKind = new Map<string, { count: number; ms: number }>();
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? "other";
      const sum = gcByKind.get(kind) ?? { count: 0, ms: 0 };
      gcByKind.set(kind, { count: sum.count + 1, ms: sum.ms + entry.duration });
      if (entry.duration > longestGc) (longestGc = entry.duration), (longestKind = kind);
    }
  });
  gcs.observe({ entryTypes: ["gc"] });
  const started = performance.now();
  const summary = await vscode.commands.executeCommand<{ files: number; cancelled: boolean }>("copydesk.lintWorkspace");
  const ms = performance.now() - started;
  clearInterval(timer);
  gcs.disconnect();
  bench.note(`Lint Workspace over the examples plus ${FILES} generated 300-word posts (${summary?.files ?? "?"} files linted):`);
  bench.record("the whole run", [ms]);
  bench.record("per file", [ms / Math.max(1, summary?.files ?? 1)]);
  lateness.sort((a, b) => a - b);
  bench.record("event-loop lateness, 99th percentile", [lateness[Math.floor(lateness.length * 0.99)] ?? 0], { note: `${lateness.length} ticks of ${TICK_MS} ms` });
  bench.record("event-loop lateness, worst", [lateness.at(-1) ?? 0], { target: "< 50 ms (no frozen editor)" });
  if (threadCpuMs) {
    running.sort((a, b) => a - b);
    bench.record("  the thread's own run beyond a tick, worst (JavaScript and GC on it)", [running.at(-1) ?? 0], { target: "< 50 ms" });
  }
  bench.record("  the longest garbage-collection pause in the extension host meanwhile", [longestGc], { note: longestKind });
  bench.note(`    garbage collections meanwhile: ${[...gcByKind].map(([kind, { count, ms }]) => `${count} ${kind} (${ms.toFixed(0)} ms)`).join(", ")}`);
  await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
}
