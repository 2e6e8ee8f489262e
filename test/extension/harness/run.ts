/**
 * `npm run test:vscode`: the extension's tests in a real VS Code (code-server + headless Chromium).
 * Builds, copies examples/ into a throwaway run folder, starts code-server, runs the mocha suite in
 * the extension host through the extensionTestsPath payload (results streamed from a file), then
 * the playwright UI tests; saves screenshots under test-results/; kills what it started on every
 * exit path. See docs/testing.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, type HarnessBrowser } from "./browser.js";
import { startCodeServer, tail, type CodeServer } from "./code-server.js";
import { follow, runInExtensionHost } from "./extension-host.js";
import { findChromium, findCodeServer, HarnessError, RESULTS_DIR, ROOT } from "./paths.js";
import { killAllTracked } from "./processes.js";
import { createRunFolder, type RunFolder } from "./run-folder.js";
import { runUiTests, type StepResults } from "./ui.js";

const TIMEOUT_S = Number(process.env.COPYDESK_VSCODE_TIMEOUT ?? 300);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const remainingMs = () => Math.max(1000, TIMEOUT_S * 1000 - (Date.now() - started));

let server: CodeServer | undefined;
let browser: HarnessBrowser | undefined;
let run: RunFolder | undefined;

async function cleanup(): Promise<void> {
  await browser?.close().catch(() => {});
  browser = undefined;
  await server?.stop().catch(() => {});
  server = undefined;
}

function build(): void {
  const result = spawnSync(process.execPath, ["esbuild.js"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new HarnessError("The build (node esbuild.js) failed.");
}

async function runExtensionHostTests(): Promise<StepResults> {
  const results = follow(run!.results);
  const { outcome, logs } = await runInExtensionHost(browser!.context, server!, run!, {
    name: "extension-host tests",
    folder: run!.fixture,
    bundle: "out/test/suite/index.cjs",
    timeoutMs: remainingMs(),
    screenshot: "extension-host-tests.png",
  });
  results.stop();
  if (outcome === "timeout") {
    throw new HarnessError(
      `The extension-host tests did not finish within ${TIMEOUT_S} s (COPYDESK_VSCODE_TIMEOUT). ` +
        `Screenshot: test-results/vscode/extension-host-tests.png; logs: ${run!.userData}/logs, ${server!.log}.`,
    );
  }
  writeFileSync(join(run!.dir, "automation-logs.json"), JSON.stringify(logs ?? null, null, 2));
  const text = existsSync(run!.results) ? readFileSync(run!.results, "utf8") : "";
  const summary = [...text.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  if (!summary) {
    console.log(`The extension-host test run ended (exit code ${outcome}) without reporting results; see ${run!.userData}/logs and automation-logs.json in ${run!.dir}.`);
    return { passed: 0, failed: 1 };
  }
  const passed = Number(summary[1]);
  const failed = Number(summary[2]);
  return { passed, failed: outcome !== 0 && failed === 0 ? 1 : failed };
}

async function main(): Promise<number> {
  const install = findCodeServer();
  const chromium = findChromium();
  build();
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  run = createRunFolder();
  // Playwright puts Chromium's temporary profile under os.tmpdir().
  Object.assign(process.env, run.env);
  console.log(`\nReal VS Code: code-server (${install.dir}), run folder ${run.dir}`);
  server = await startCodeServer(install, run, { env: { COPYDESK_TEST_RESULTS: run.results }, timeoutMs: Math.min(60000, remainingMs()) });
  console.log(`code-server ${server.origin} (pid ${server.pid}) ready after ${elapsed()}\n`);
  browser = await launchBrowser(chromium, run);
  const host = await runExtensionHostTests();
  const ui = await runUiTests(browser.context, server, run, Math.min(60000, remainingMs()));
  await cleanup();
  const passed = host.passed + ui.passed;
  const failed = host.failed + ui.failed;
  console.log(`\nextension host: ${host.passed} passed, ${host.failed} failed; UI: ${ui.passed} passed, ${ui.failed} failed; screenshots in test-results/vscode/ (${elapsed()})`);
  console.log(`${passed} passed, ${failed} failed`);
  if (failed === 0 && !process.env.COPYDESK_KEEP_RUN) run.remove();
  else console.log(`run folder kept: ${run.dir}`);
  return failed === 0 ? 0 : 1;
}

async function fail(message: string, code: number): Promise<never> {
  console.error(`\ntest:vscode: ${message}`);
  if (server) console.error(`code-server log (${server.log}):\n${tail(server.log, 15)}`);
  await cleanup();
  if (run) console.error(`run folder kept: ${run.dir}`);
  process.exit(code);
}

process.on("exit", killAllTracked);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => void fail(`interrupted (${signal})`, 130));
}
const watchdog = setTimeout(() => void fail(`timed out after ${TIMEOUT_S} s (COPYDESK_VSCODE_TIMEOUT); nothing left running.`, 1), TIMEOUT_S * 1000 + 30000);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (e) => fail(e instanceof HarnessError ? e.message : String((e as Error).stack ?? e), 1),
);
