/**
 * The benchmarks inside a real VS Code: builds, starts code-server and headless Chromium as the
 * test harness does (test/extension/harness), opens a copy of examples/ with
 * out/test/bench/index.cjs as the extension-host entry, and prints what the
 * test/extension/bench/*.bench.ts files record. Skipped, with the reason, when code-server or
 * Chromium is not installed (`npm run install:code-server`).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, type HarnessBrowser } from "../test/extension/harness/browser.js";
import { startCodeServer, type CodeServer } from "../test/extension/harness/code-server.js";
import { runInExtensionHost } from "../test/extension/harness/extension-host.js";
import { findChromium, findCodeServer, HarnessError, ROOT, type CodeServerInstall } from "../test/extension/harness/paths.js";
import { killAllTracked } from "../test/extension/harness/processes.js";
import { createRunFolder, type RunFolder } from "../test/extension/harness/run-folder.js";
import type { BenchLine } from "../test/extension/bench/index.js";
import { median } from "./harness.js";
import { makeDocument } from "./corpus.js";

/**
 * A cold-start benchmark's workspace (test/extension/bench/cold-start.ts): nothing at its root
 * activates Copydesk; examples/ is copied into `site/`, whose copydesk.yaml the folder's settings
 * name, and the document it opens is site/blog/bench/cold.md (the brand-qa benchmark's first).
 */
function coldStartFolder(run: RunFolder, n: number): string {
  // A new folder each time: VS Code would reopen the editors of a folder it has seen, activating Copydesk at startup.
  const folder = join(run.dir, `cold-${n}`, "cold-start");
  cpSync(run.examples, join(folder, "site"), { recursive: true });
  mkdirSync(join(folder, ".vscode"), { recursive: true });
  writeFileSync(join(folder, ".vscode", "settings.json"), `${JSON.stringify({ "copydesk.configFile": "site/copydesk.yaml" }, null, 2)}\n`);
  mkdirSync(join(folder, "site", "blog", "bench"), { recursive: true });
  writeFileSync(join(folder, "site", "blog", "bench", "cold.md"), makeDocument(1000, 5000));
  return folder;
}

const TIMEOUT_MS = Number(process.env.COPYDESK_BENCH_TIMEOUT ?? 600) * 1000;

function format(samples: readonly number[], unit: string): string {
  const f = (n: number) => (unit === "ms" ? n.toFixed(n < 10 ? 2 : 1) : n.toFixed(1));
  if (samples.length === 1) return `${f(samples[0]!)} ${unit}`;
  return `${f(median([...samples]))} ${unit}`;
}

function spread(samples: readonly number[], unit: string): string {
  if (samples.length < 2) return "";
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  return `(n=${samples.length}, ${f(Math.min(...samples))}–${f(Math.max(...samples))} ${unit})`;
}

export function printBenchLines(text: string): void {
  for (const raw of text.split("\n")) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as BenchLine;
    if (line.kind === "file") console.log(`\n  ${line.file.replace(/^test\/extension\/bench\//, "")}`);
    else if (line.kind === "note") console.log(`  ${line.text}`);
    else if (line.kind === "error") console.log(`  ✘ failed: ${line.message.split("\n").slice(0, 4).join("\n    ")}`);
    else {
      const label = `    ${line.name}${line.note ? ` (${line.note})` : ""}`;
      const rest = [line.target ? `target ${line.target}` : "", spread(line.samples, line.unit)].filter(Boolean).join("  ");
      console.log(`${label.padEnd(76)} ${format(line.samples, line.unit).padStart(11)}  ${rest}`);
    }
  }
}

export async function benchVscode(): Promise<void> {
  console.log("\nIn a real VS Code (code-server + headless Chromium, the test harness)");
  let install: CodeServerInstall;
  let chromium: string;
  try {
    install = findCodeServer();
    chromium = findChromium();
  } catch (error) {
    if (error instanceof HarnessError) {
      console.log(`  skipped: ${error.message}`);
      return;
    }
    throw error;
  }
  // The production build, as the .vsix ships it (minified: the activation figures depend on it).
  const built = spawnSync(process.execPath, ["esbuild.js", "--production"], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("The build (node esbuild.js) failed.");
  const run: RunFolder = createRunFolder();
  const results = `${run.dir}/bench.jsonl`;
  let server: CodeServer | undefined;
  let browser: HarnessBrowser | undefined;
  process.once("exit", killAllTracked);
  try {
    Object.assign(process.env, run.env);
    server = await startCodeServer(install, run, { env: { COPYDESK_BENCH_RESULTS: results }, timeoutMs: 60000 });
    browser = await launchBrowser(chromium, run);
    // The cold start first, in its own window and extension host, before core's code cache exists
    // (the user-data folder is new). A second such window in the same code-server finds Copydesk
    // already active (code-server keeps the extension host), so the start with the cache is not measured here.
    const only = process.env.COPYDESK_BENCH_GREP ? new RegExp(process.env.COPYDESK_BENCH_GREP) : undefined;
    if (!only || only.test("test/extension/bench/cold-start.ts") || only.test("test/extension/bench/brand-qa.bench.ts")) {
      for (const n of [1]) {
        const folder = coldStartFolder(run, n);
        const cold = await runInExtensionHost(browser.context, server, run, { name: `cold start ${n}`, folder, bundle: "out/test/bench/index.cjs", timeoutMs: TIMEOUT_MS, screenshot: `cold-start-${n}.png` });
        if (cold.outcome !== 0) console.log(`  ✘ cold start ${n} ended with ${cold.outcome}; run folder ${run.dir}`);
      }
    }
    const { outcome } = await runInExtensionHost(browser.context, server, run, {
      name: "benchmarks",
      folder: run.examples,
      bundle: "out/test/bench/index.cjs",
      timeoutMs: TIMEOUT_MS,
      screenshot: "benchmarks.png",
    });
    printBenchLines(existsSync(results) ? readFileSync(results, "utf8") : "");
    if (outcome === "timeout") console.log(`  ✘ the benchmarks did not finish within ${TIMEOUT_MS / 1000} s (COPYDESK_BENCH_TIMEOUT); run folder ${run.dir}`);
    else if (outcome !== 0) console.log(`  ✘ the benchmark run ended with exit code ${outcome}; run folder ${run.dir}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  }
  if (process.env.COPYDESK_KEEP_RUN) console.log(`  run folder kept: ${run.dir}`);
  else run.remove();
}
