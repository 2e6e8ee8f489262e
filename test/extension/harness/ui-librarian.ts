/**
 * UI tests: the librarian's paths on the examples copy's library (examples/prompts/): a governance
 * finding appears as they type in a prompt and goes with Undo; Bump Prompt Version… from the
 * Command Palette, the level picked from its list, changes the version line and Undo restores it.
 */
import { join } from "node:path";
import { RESULTS_DIR } from "./paths.js";
import type { RunFolder } from "./run-folder.js";
import { openFile, runCommand, type Step } from "./ui-kit.js";

const PROMPT = "product-updates-digest.md";

export function librarianSteps(run: RunFolder): Step[] {
  void run;
  return [
    {
      title: "typing an undeclared {{variable}} in a prompt shows library/undeclared-variable in the Problems panel; Undo clears it",
      async run(page) {
        await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "copydesk.yaml" }).first().waitFor({ timeout: 60000 });
        await openFile(page, PROMPT);
        await page.locator(".monaco-editor .view-lines").first().click();
        await page.keyboard.press("Control+End");
        await page.keyboard.type(" Sign off as {{sender_name}}.");
        await page.keyboard.press("Control+Shift+M");
        // The panel lists the whole workspace (rows out of view are not drawn): filter it to this variable.
        const filter = page.locator(".markers-panel-action-filter input, .viewpane-filter input").first();
        await filter.fill("sender_name");
        const rows = page.locator(".markers-panel .monaco-list-row").filter({ has: page.locator(".marker-code", { hasText: "library/undeclared-variable" }) });
        // As you type, a finding may first name a prefix ("{{sender}}" while the braces are auto-closed); it
        // follows the text once typing stops.
        const named = rows.filter({ hasText: "{{sender_name}}" });
        // The panel does not always filter again when a marker changes under its filter ("Showing 0 of
        // 1" with the finding there): the filter is typed again every few seconds while waiting.
        const deadline = Date.now() + 30000;
        for (;;) {
          try {
            await named.first().waitFor({ timeout: 3000 });
            break;
          } catch {
            if (Date.now() >= deadline) {
              const shown = (await rows.count()) > 0 ? await rows.first().innerText() : "no library/undeclared-variable row";
              throw new Error(`The finding does not name the variable: ${shown}`);
            }
            await filter.fill("");
            await filter.fill("sender_name");
          }
        }
        await page.screenshot({ path: join(RESULTS_DIR, "ui-librarian-governance.png") });
        // Back in the editor; typing is undone a word or so at a time: undo until the file is as saved.
        await page.keyboard.press("Control+1");
        const dirty = page.locator(".tabs-container .tab.dirty", { hasText: PROMPT });
        for (let k = 0; k < 15 && (await dirty.count()) > 0; k++) {
          await page.keyboard.press("Control+Z");
          await page.waitForTimeout(150);
        }
        await dirty.first().waitFor({ state: "detached" });
        await rows.first().waitFor({ state: "detached", timeout: 30000 });
        await filter.fill("");
      },
    },
    {
      title: "Copydesk: Bump Prompt Version… offers the levels with the version each gives; minor changes only the version line, Undo restores it",
      async run(page) {
        await page.keyboard.press("Control+1");
        await page.keyboard.press("Control+Home");
        await page.locator(".monaco-editor .view-line", { hasText: "version: 0.1.0" }).first().waitFor();
        await runCommand(page, "Copydesk: Bump Prompt Version…");
        const rows = page.locator(".quick-input-list .monaco-list-row");
        await rows.filter({ hasText: "0.1.0 → 0.2.0" }).first().waitFor();
        await page.keyboard.type("minor");
        await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: "minor" }).first().waitFor();
        await page.keyboard.press("Enter");
        await page.locator(".monaco-editor .view-line", { hasText: "version: 0.2.0" }).first().waitFor();
        await page.locator(".monaco-editor .view-line", { hasText: "version: 0.1.0" }).first().waitFor({ state: "detached" });
        await page.screenshot({ path: join(RESULTS_DIR, "ui-librarian-bump.png") });
        await page.keyboard.press("Control+1");
        await page.keyboard.press("Control+Z");
        await page.locator(".monaco-editor .view-line", { hasText: "version: 0.1.0" }).first().waitFor();
        await page.locator(".tabs-container .tab.dirty", { hasText: PROMPT }).first().waitFor({ state: "detached" });
      },
    },
  ];
}
