/**
 * UI tests: the paths a person takes, driven through the real workbench with playwright-core.
 * The extension is loaded from the build through the extensionDevelopmentPath payload.
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { logPage, workbenchUrl } from "./browser.js";
import type { CodeServer } from "./code-server.js";
import { RESULTS_DIR, ROOT } from "./paths.js";
import type { RunFolder } from "./run-folder.js";

export interface StepResults {
  passed: number;
  failed: number;
}

type Step = { title: string; run: (page: Page) => Promise<void> };

/** Opens a file by name through Quick Open (Ctrl+P) and waits for its editor tab. */
async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".tabs-container .tab", { hasText: name }).first().waitFor();
}

const steps: Step[] = [
  {
    title: "the workbench opens the example workspace",
    async run(page) {
      await page.locator(".monaco-workbench").waitFor();
      await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "copydesk.yaml" }).first().waitFor({ timeout: 60000 });
    },
  },
  {
    title: "a copy file's Copydesk findings are listed in the Problems panel",
    async run(page) {
      await openFile(page, "launch-draft.md");
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+Shift+M");
      const panel = page.locator(".markers-panel");
      await panel.waitFor({ state: "visible" });
      // A row per finding; the row shows the source and the rule, e.g. `copydesk(terms/use)`.
      await panel.locator(".monaco-list-row", { hasText: "terms/use" }).first().waitFor({ timeout: 30000 });
      await panel.locator(".monaco-list-row", { hasText: "copydesk" }).first().waitFor();
      await page.screenshot({ path: join(RESULTS_DIR, "ui-problems-panel.png") });
    },
  },
];

export async function runUiTests(context: BrowserContext, server: CodeServer, run: RunFolder, timeoutMs: number): Promise<StepResults> {
  console.log("\nUI tests (playwright-core)");
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  logPage(page, run, "ui");
  const ext = `vscode-remote://${server.authority}${ROOT}`;
  await page.goto(workbenchUrl(server.origin, run.workspace, [["extensionDevelopmentPath", ext]]));
  const results: StepResults = { passed: 0, failed: 0 };
  for (const [i, step] of steps.entries()) {
    const started = Date.now();
    try {
      await step.run(page);
      results.passed++;
      console.log(`    ✔ ${step.title} (${Date.now() - started} ms)`);
    } catch (e) {
      results.failed++;
      const shot = join(RESULTS_DIR, `ui-failure-${i + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`    ✘ ${step.title}\n      ${String((e as Error).message).split("\n").join("\n      ")}\n      screenshot: ${shot}`);
      break; // later steps build on this one
    }
  }
  await page.close().catch(() => {});
  return results;
}
