/**
 * UI tests: the paths a person takes, driven through the real workbench with playwright-core.
 * The extension is loaded from the build through the extensionDevelopmentPath payload.
 */
import { writeFileSync } from "node:fs";
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
      // A row per finding: message, source ("copydesk") and the rule id linking to its documentation.
      const rows = panel.locator(".monaco-list-row").filter({ has: page.locator(".marker-source", { hasText: "copydesk" }) });
      await rows.first().waitFor({ timeout: 30000 });
      await page.screenshot({ path: join(RESULTS_DIR, "ui-problems-panel.png") });
      const rules = await rows.locator(".marker-code").allInnerTexts();
      const link = await rows.first().locator("a.monaco-link").getAttribute("href");
      if (!link?.endsWith(`/docs/rules/${rules[0]}.md`)) throw new Error(`The rule id ${rules[0]} links to ${link}, not to its documentation page.`);
      console.log(`      Problems panel: ${rules.join(", ")}`);
    },
  },
];

export async function runUiTests(context: BrowserContext, server: CodeServer, run: RunFolder, timeoutMs: number): Promise<StepResults> {
  console.log("\nUI tests (playwright-core)");
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  logPage(page, run, "ui");
  const ext = `vscode-remote://${server.authority}${ROOT}`;
  await page.goto(workbenchUrl(server.origin, run.examples, [["extensionDevelopmentPath", ext]]));
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
      await page.content().then((html) => writeFileSync(join(run.dir, `ui-failure-${i + 1}.html`), html)).catch(() => {});
      console.log(`    ✘ ${step.title}\n      ${String((e as Error).message).split("\n").join("\n      ")}\n      screenshot: ${shot}`);
      // Later steps build on this one.
      for (const later of steps.slice(i + 1)) console.log(`    - ${later.title} (skipped)`);
      results.failed += steps.length - i - 1;
      break;
    }
  }
  await page.close().catch(() => {});
  return results;
}
