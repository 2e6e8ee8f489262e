/**
 * UI tests: Insert Approved Prompt, as a writer does it with the keyboard: the Command Palette,
 * type to search, Enter, one input per variable (a required one left empty says so), the prompt
 * and its stamp in the editor, then Ctrl+Z takes it out again. The library is examples/prompts/.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { RESULTS_DIR } from "./paths.js";
import type { RunFolder } from "./run-folder.js";
import { openFile, runCommand, type Step } from "./ui-kit.js";

const FILE = "insert-prompt-demo.md";
const STAMP = "<!-- copydesk prompt: welcome-email@1.2.0 -->";
// Short enough to stay on one visual line however narrow the editor is (word wrap splits .view-line).
const FILLED = "Write a welcome email for IT managers";

/** The quick input's title once it shows `text` (each variable gets its own input). */
async function titled(page: Page, text: string): Promise<void> {
  await page.locator(".quick-input-widget .quick-input-title", { hasText: text }).first().waitFor();
}

export function insertPromptSteps(run: RunFolder): Step[] {
  // A draft of the writer's, with the cursor going on its last (empty) line.
  writeFileSync(join(run.examples, "email", FILE), "# Trial welcome, second pass\n\nThe brief for the welcome email:\n\n");
  return [
    {
      title: "Copydesk: Insert Approved Prompt… from the Command Palette lists the approved prompts; typing searches them",
      async run(page) {
        await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "copydesk.yaml" }).first().waitFor({ timeout: 60000 });
        await openFile(page, FILE);
        await page.locator(".monaco-editor .view-lines").first().click();
        await page.keyboard.press("Control+End");
        await runCommand(page, "Copydesk: Insert Approved Prompt…");
        await titled(page, "Insert Approved Prompt");
        const rows = page.locator(".quick-input-list .monaco-list-row");
        // Channel and version beside each title; the deprecated prompt carries its replacement.
        await rows.filter({ hasText: "welcome-email@1.2.0 · email" }).first().waitFor();
        await rows.filter({ hasText: "Deprecated: use search-ads-rsa instead." }).first().waitFor();
        // Words of the title and a tag: the library search ranks the match first.
        await page.keyboard.type("welcome trial");
        const focused = page.locator(".quick-input-list .monaco-list-row.focused", { hasText: "Welcome email for new trial users" });
        await focused.first().waitFor();
        await rows.filter({ hasText: "Search ads" }).first().waitFor({ state: "detached" });
        await page.screenshot({ path: join(RESULTS_DIR, "ui-insert-prompt-picker.png") });
        await page.keyboard.press("Enter");
      },
    },
    {
      title: "one input per variable, n of m: the default pre-filled, a required value left empty says so, the enum as a list",
      async run(page) {
        const input = page.locator(".quick-input-widget input");
        await titled(page, "product (1 of 3)");
        if ((await input.inputValue()) !== "Acme Cloud") throw new Error(`product is pre-filled with "${await input.inputValue()}", not its default "Acme Cloud".`);
        await page.keyboard.press("Enter");
        await titled(page, "audience (2 of 3)");
        await page.keyboard.press("Enter");
        await page.locator(".quick-input-widget .quick-input-message", { hasText: "audience is required: Who the trial user is. For example: IT managers." }).first().waitFor();
        await page.keyboard.type("IT managers");
        await page.locator(".quick-input-widget .quick-input-message", { hasText: "audience is required" }).first().waitFor({ state: "detached" });
        await page.keyboard.press("Enter");
        await titled(page, "tone (3 of 3)");
        await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: "friendly" }).first().waitFor();
        await page.keyboard.press("Enter");
        await input.waitFor({ state: "hidden" });
      },
    },
    {
      title: "the prompt is in the editor at the cursor, its provenance stamp on the line before",
      async run(page) {
        const stamp = page.locator(".monaco-editor .view-line", { hasText: STAMP });
        await stamp.first().waitFor();
        await page.locator(".monaco-editor .view-line", { hasText: FILLED }).first().waitFor();
        // The draft's own text is still there, above the stamp.
        await page.locator(".monaco-editor .view-line", { hasText: "The brief for the welcome email:" }).first().waitFor();
        await page.screenshot({ path: join(RESULTS_DIR, "ui-insert-prompt.png") });
      },
    },
    {
      title: "Ctrl+Z takes the whole prompt out again in one step",
      async run(page) {
        await page.keyboard.press("Control+Z");
        await page.locator(".monaco-editor .view-line", { hasText: STAMP }).first().waitFor({ state: "detached" });
        await page.locator(".monaco-editor .view-line", { hasText: FILLED }).first().waitFor({ state: "detached" });
        await page.locator(".monaco-editor .view-line", { hasText: "The brief for the welcome email:" }).first().waitFor();
      },
    },
  ];
}
