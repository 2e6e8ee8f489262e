/** Debian's chromium, headless, driven by playwright-core; its process group is killed by id on exit. */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { stop, track } from "./processes.js";
import type { RunFolder } from "./run-folder.js";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface HarnessBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath: string, run: RunFolder): Promise<HarnessBrowser> {
  // launchServer (not launch) exposes the browser's process id, so it can be killed whatever happens.
  const server = await chromium.launchServer({ executablePath, headless: true, args: ARGS, env: { ...process.env, ...run.env }, timeout: 30000 });
  const pid = server.process().pid;
  if (pid) track(pid);
  let browser: Browser | undefined;
  try {
    browser = await chromium.connect(server.wsEndpoint());
  } catch (e) {
    if (pid) await stop(pid);
    throw e;
  }
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return {
    context,
    async close() {
      await Promise.race([browser?.close().then(() => server.close()), new Promise((r) => setTimeout(r, 5000))]).catch(() => {});
      if (pid) await stop(pid, 1000);
    },
  };
}

/** Records the page's console errors and crashes in the run folder's browser.log. */
export function logPage(page: Page, run: RunFolder, name: string): void {
  const file = join(run.dir, "browser.log");
  page.on("console", (m) => m.type() === "error" && appendFileSync(file, `[${name}] console.error: ${m.text()}\n`));
  page.on("pageerror", (e) => appendFileSync(file, `[${name}] page error: ${e.message}\n`));
  page.on("crash", () => appendFileSync(file, `[${name}] page crashed\n`));
}

/** The workbench URL for a folder, with a launch payload (honoured with --vscode-option enable-smoke-test-driver). */
export function workbenchUrl(origin: string, folder: string, payload: [string, string][]): string {
  const query = `folder=${encodeURIComponent(folder)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ""}`;
  return `${origin}/?${query}`;
}
