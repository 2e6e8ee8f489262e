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
import { openFile, positionOf, runCommand, type Step, type StepGroup } from "./ui-kit.js";
import { insertPromptSteps } from "./ui-insert.js";
import { libraryHealthSteps } from "./ui-health.js";
import { libraryViewSteps } from "./ui-library-view.js";
import { librarianSteps } from "./ui-librarian.js";

export interface StepResults {
  passed: number;
  failed: number;
}

const INSECURE_LINK = "http://acme.example/beta";

const brandQaSteps = (run: RunFolder): Step[] => [
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
      // Rule findings (a configuration problem's code has no documentation link).
      const rows = panel
        .locator(".monaco-list-row")
        .filter({ has: page.locator(".marker-source", { hasText: "copydesk" }) })
        .filter({ has: page.locator("a.monaco-link .marker-code") });
      await rows.first().waitFor({ timeout: 30000 });
      await page.screenshot({ path: join(RESULTS_DIR, "ui-problems-panel.png") });
      const rules = await rows.locator(".marker-code").allInnerTexts();
      const link = await rows.first().locator("a.monaco-link").getAttribute("href");
      if (!link?.endsWith(`/docs/rules/${rules[0]}.md`)) throw new Error(`The rule id ${rules[0]} links to ${link}, not to its documentation page.`);
      console.log(`      Problems panel: ${rules.join(", ")}`);
    },
  },
  {
    title: "a quick fix from the light bulb (Ctrl+. then Enter) fixes an http:// link",
    async run(page) {
      const { line, column } = positionOf(run, "email/launch-draft.md", INSECURE_LINK);
      await page.locator(".monaco-editor .view-lines").first().click();
      await page.keyboard.press("Control+G");
      const input = page.locator(".quick-input-widget input");
      await input.waitFor({ state: "visible" });
      await input.fill(`:${line}:${column + 2}`);
      await page.locator(".quick-input-widget", { hasText: `line ${line}` }).first().waitFor();
      await page.keyboard.press("Enter");
      await input.waitFor({ state: "hidden" });
      await page.locator(".statusbar-item", { hasText: `Ln ${line}, Col ${column + 2}` }).first().waitFor();
      // The light bulb for the fix at the cursor (code actions are computed after the cursor moves).
      await page.locator(".lightBulbWidget").first().waitFor();
      const menu = page.locator(".action-widget").first();
      // Ctrl+. can land before the editor has the code actions for the new cursor position; the
      // menu then does not open, so ask again (a person would press it again too).
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press("Control+.");
        try {
          await menu.waitFor({ state: "visible", timeout: 10_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await page.keyboard.press("Escape");
        }
      }
      const focused = menu.locator(".monaco-list-row.focused").first();
      await focused.waitFor();
      const title = await focused.innerText();
      if (!title.includes('Fix: replace "http" with "https"')) throw new Error(`The light bulb's first action is "${title}", not the fix.`);
      await page.screenshot({ path: join(RESULTS_DIR, "ui-quick-fix-menu.png") });
      await page.keyboard.press("Enter");
      await menu.waitFor({ state: "hidden" });
      await page.locator(".monaco-editor .view-line", { hasText: INSECURE_LINK.replace("http:", "https:") }).first().waitFor();
      const problems = page.locator(".markers-panel .marker-code", { hasText: "links/insecure" });
      await problems.first().waitFor({ state: "detached" });
      await page.screenshot({ path: join(RESULTS_DIR, "ui-quick-fix-applied.png") });
    },
  },
  {
    title: "Copydesk: Lint Workspace from the Command Palette (F1) lists files that were never opened",
    async run(page) {
      await runCommand(page, "Copydesk: Lint Workspace");
      // The closing notification, as shown (a toast) or as announced to screen readers (an alert).
      const done = page.locator(".notification-toast, .monaco-alert", { hasText: "Copydesk linted" }).first();
      await done.waitFor({ state: "attached" });
      // blog/migration-guide.md was never opened; its findings are in the Problems panel now.
      await page.locator(".markers-panel .monaco-list-row", { hasText: "migration-guide.md" }).first().waitFor();
      await page.screenshot({ path: join(RESULTS_DIR, "ui-lint-workspace.png") });
      console.log(`      ${(await done.textContent())?.replace(/^Info: /, "")}`);
    },
  },
];

/** Between groups: no widget open, no editor open (unsaved changes dropped), the Explorer in the side bar. */
async function resetWorkbench(page: Page): Promise<void> {
  for (let k = 0; k < 3; k++) await page.keyboard.press("Escape");
  await runCommand(page, "View: Close All Editor Groups");
  const dontSave = page.locator(".monaco-dialog-box .monaco-button", { hasText: "Don't Save" });
  // One dialog per unsaved file, until none is left.
  for (let k = 0; k < 10; k++) {
    try {
      await dontSave.first().waitFor({ state: "visible", timeout: 1500 });
    } catch {
      break;
    }
    await dontSave.first().click();
  }
  await page.locator(".editor-group-container .monaco-editor").first().waitFor({ state: "detached", timeout: 10000 });
  await runCommand(page, "View: Show Explorer");
  await page.locator(".explorer-folders-view").first().waitFor({ state: "visible", timeout: 10000 });
}

/** The groups, in order; each runs in the same window, after the groups before it. */
const GROUPS: readonly StepGroup[] = [
  { name: "Brand QA", steps: brandQaSteps },
  { name: "Prompt Library view", steps: libraryViewSteps },
  { name: "Insert Approved Prompt", steps: insertPromptSteps },
  { name: "Library health", steps: libraryHealthSteps },
  { name: "Librarian", steps: librarianSteps },
];

export async function runUiTests(context: BrowserContext, server: CodeServer, run: RunFolder, timeoutMs: number): Promise<StepResults> {
  console.log("\nUI tests (playwright-core)");
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  logPage(page, run, "ui");
  const ext = `vscode-remote://${server.authority}${ROOT}`;
  // COPYDESK_UI: "none", or group names (or parts of them) separated by commas, to run only those.
  const only = process.env.COPYDESK_UI?.toLowerCase().split(",").map((s) => s.trim()).filter(Boolean);
  // Every group's steps are made before the window opens: making them may write files into the
  // workspace, which Quick Open's file index must see from the start.
  const planned = GROUPS.filter((g) => !only || only.some((o) => g.name.toLowerCase().includes(o))).map((group) => ({ group, all: group.steps(run) }));
  await page.goto(workbenchUrl(server.origin, run.examples, [["extensionDevelopmentPath", ext]]));
  const results: StepResults = { passed: 0, failed: 0 };
  let shots = 0;
  for (const { group, all } of planned) {
    if (all.length === 0) continue;
    console.log(`  ${group.name}`);
    // Each group starts where a person would: the Explorer in the side bar, no menu or widget open.
    if (group !== GROUPS[0]) await resetWorkbench(page).catch((e) => console.log(`      (could not reset the workbench: ${(e as Error).message.split("\n")[0]})`));
    for (const [i, step] of all.entries()) {
      const started = Date.now();
      try {
        await step.run(page);
        results.passed++;
        console.log(`    ✔ ${step.title} (${Date.now() - started} ms)`);
      } catch (e) {
        results.failed++;
        const n = ++shots;
        const shot = join(RESULTS_DIR, `ui-failure-${n}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        await page.content().then((html) => writeFileSync(join(run.dir, `ui-failure-${n}.html`), html)).catch(() => {});
        console.log(`    ✘ ${step.title}\n      ${String((e as Error).message).split("\n").join("\n      ")}\n      screenshot: ${shot}`);
        // Later steps of the group build on this one.
        for (const later of all.slice(i + 1)) console.log(`    - ${later.title} (skipped)`);
        results.failed += all.length - i - 1;
        // Leave whatever the failed step left open, for the next group.
        for (let k = 0; k < 3; k++) await page.keyboard.press("Escape").catch(() => {});
        break;
      }
    }
  }
  await page.close().catch(() => {});
  return results;
}
