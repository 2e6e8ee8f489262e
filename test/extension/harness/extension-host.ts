/**
 * Runs a bundle in the extension host of a real VS Code window, as @vscode/test-electron's
 * `extensionTestsPath` does: the page opens `folder` with the extensionDevelopmentPath /
 * extensionTestsPath launch payload, and the workbench calls `codeAutomationExit` when the bundle's
 * `run()` settles (0 resolved, 1 rejected). Used by the tests (run.ts) and the benchmarks (bench/vscode.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { logPage, workbenchUrl } from "./browser.js";
import type { CodeServer } from "./code-server.js";
import { RESULTS_DIR, ROOT } from "./paths.js";
import type { RunFolder } from "./run-folder.js";

export interface HostRun {
  /** The exit code of run(), or "timeout". */
  readonly outcome: number | "timeout";
  /** The workbench's automation logs (for debugging). */
  readonly logs: unknown;
}

/** Streams new lines of a file to the terminal while a run goes on. */
export function follow(file: string, write: (text: string) => void = (t) => process.stdout.write(t)): { flush(): void; stop(): void } {
  let offset = 0;
  const flush = () => {
    if (!existsSync(file)) return;
    const text = readFileSync(file, "utf8");
    if (text.length > offset) write(text.slice(offset));
    offset = text.length;
  };
  const timer = setInterval(flush, 200);
  return { flush, stop: () => (clearInterval(timer), flush()) };
}

export async function runInExtensionHost(
  context: BrowserContext,
  server: CodeServer,
  run: RunFolder,
  options: { name: string; folder: string; bundle: string; timeoutMs: number; screenshot: string },
): Promise<HostRun> {
  const page = await context.newPage();
  logPage(page, run, options.name);
  let settle!: (value: { code: number; logs: unknown }) => void;
  const exited = new Promise<{ code: number; logs: unknown }>((resolve) => (settle = resolve));
  await page.exposeFunction("codeAutomationExit", (code: number, logs: unknown) => settle({ code, logs }));
  const ext = `vscode-remote://${server.authority}${ROOT}`;
  const url = workbenchUrl(server.origin, options.folder, [
    ["extensionDevelopmentPath", ext],
    ["extensionTestsPath", `${ext}/${options.bundle}`],
  ]);
  await page.goto(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), options.timeoutMs)));
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  await page.screenshot({ path: join(RESULTS_DIR, options.screenshot) }).catch(() => {});
  await page.close().catch(() => {});
  return outcome === "timeout" ? { outcome, logs: null } : { outcome: outcome.code, logs: outcome.logs };
}
