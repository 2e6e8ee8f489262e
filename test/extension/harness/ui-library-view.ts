/**
 * UI tests: the Prompt Library view, as a writer and a librarian see it. The window's workspace is a
 * copy of examples/ (its library examples/prompts/: 3 approved prompts, 1 deprecated, 1 draft).
 */
import { basename, join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { RESULTS_DIR } from "./paths.js";
import type { RunFolder } from "./run-folder.js";
import { runCommand, type Step } from "./ui-kit.js";

const pane = (page: Page) => page.locator(".pane", { has: page.locator(".pane-header", { hasText: "Prompt Library" }) }).first();
const row = (page: Page, text: string): Locator => pane(page).locator(".monaco-list-row", { hasText: text }).first();

export function libraryViewSteps(run: RunFolder): Step[] {
  const folder = basename(run.examples);
  return [
    {
      title: "the Copydesk activity bar item opens the Prompt Library view with the workspace's prompts",
      async run(page) {
        await page.locator(".monaco-workbench").waitFor();
        await page.locator('.activitybar .action-item [aria-label^="Copydesk"], .activitybar .action-item[aria-label^="Copydesk"]').first().click();
        await row(page, "Welcome email for new trial users").waitFor({ timeout: 60000 });
        // The writer's view: the deprecated prompt names its replacement; the draft is not shown.
        await row(page, "Search ad variants (expanded text ads)").waitFor();
        const deprecated = await row(page, "Search ad variants (expanded text ads)").innerText();
        if (!deprecated.includes("replaced by search-ads-rsa")) throw new Error(`The deprecated prompt's row reads "${deprecated}", without its replacement.`);
        if ((await row(page, "Monthly product updates digest").count()) > 0) throw new Error("The writer's view shows a draft prompt.");
        await row(page, folder).waitFor();
        // A wider side bar, so titles and their id@version show in full (and in the screenshot).
        const sidebar = await page.locator(".part.sidebar").first().boundingBox();
        if (sidebar) {
          const y = sidebar.y + sidebar.height / 2;
          await page.mouse.move(sidebar.x + sidebar.width + 1, y);
          await page.mouse.down();
          await page.mouse.move(sidebar.x + 640, y, { steps: 8 });
          await page.mouse.up();
        }
      },
    },
    {
      title: "a group expands (the starter library, collapsed at first) and collapses again",
      async run(page) {
        const starter = row(page, "Starter library");
        await starter.waitFor();
        if ((await starter.getAttribute("aria-expanded")) !== "false") throw new Error("The starter library's group is not collapsed at first.");
        await starter.click();
        // microsoft-ads: a tag of the starter library only.
        await row(page, "microsoft-ads").waitFor();
        if ((await starter.getAttribute("aria-expanded")) !== "true") throw new Error("The starter library's group did not expand.");
        await starter.click();
        await row(page, "microsoft-ads").waitFor({ state: "detached" });
        await row(page, "Product launch email").hover();
        await page.screenshot({ path: join(RESULTS_DIR, "ui-prompt-library.png") });
      },
    },
    {
      title: "Show Every Prompt (Librarian) adds drafts, and Show Approved Prompts Only (Writer) takes them away",
      async run(page) {
        await runCommand(page, "Copydesk: Show Every Prompt (Librarian)");
        await row(page, "Monthly product updates digest").waitFor();
        const text = await row(page, "Monthly product updates digest").innerText();
        if (!text.includes("product-updates-digest@") || !text.includes("draft")) throw new Error(`The draft's row reads "${text}".`);
        // The view's description says which view it is (in the side bar's title, or the view's header).
        await page.locator(".part.sidebar", { hasText: "every status" }).first().waitFor();
        await page.screenshot({ path: join(RESULTS_DIR, "ui-prompt-library-librarian.png") });
        await runCommand(page, "Copydesk: Show Approved Prompts Only (Writer)");
        await row(page, "Monthly product updates digest").waitFor({ state: "detached" });
      },
    },
  ];
}
