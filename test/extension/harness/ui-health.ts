/** UI tests: Library health (the webview panel, on the examples copy: 5 prompts, one deprecated prompt stamped in ads/). */
import { join } from "node:path";
import type { FrameLocator, Page } from "playwright-core";
import { RESULTS_DIR } from "./paths.js";
import type { RunFolder } from "./run-folder.js";
import { positionOf, runCommand, type Step } from "./ui-kit.js";

/**
 * The Library Health page. A webview is an iframe (`iframe.webview`) holding another
 * (`#active-frame`) with the page; other webviews may be open, so take the one with the charts.
 */
async function healthFrame(page: Page, timeoutMs = 30000): Promise<FrameLocator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outer = page.locator("iframe.webview.ready");
    const count = await outer.count();
    for (let i = 0; i < count; i++) {
      const inner = page.frameLocator("iframe.webview.ready").nth(i).frameLocator("#active-frame");
      if ((await inner.locator("svg.status-chart").count().catch(() => 0)) > 0) return inner;
    }
    if (Date.now() > deadline) throw new Error(`No webview with the Library Health charts after ${timeoutMs} ms (${count} webviews ready).`);
    await page.waitForTimeout(250);
  }
}

export function libraryHealthSteps(run: RunFolder): Step[] {
  return [
    {
      title: "Copydesk: Show Library Health from the Command Palette draws the library as charts",
      async run(page) {
        // The workbench is ready (this group may run first, when COPYDESK_UI selects it alone).
        await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "copydesk.yaml" }).first().waitFor({ timeout: 60000 });
        await runCommand(page, "Copydesk: Show Library Health");
        await page.locator(".tabs-container .tab", { hasText: "Library Health" }).first().waitFor();
        const frame = await healthFrame(page);
        const prompts = await frame.locator('.card[data-count="prompts"] b').innerText();
        if (prompts !== "5") throw new Error(`The panel counts ${prompts} prompts; examples/prompts has 5.`);
        const bars = await frame.locator("svg.status-chart rect.bar").count();
        if (bars !== 5) throw new Error(`The status chart has ${bars} bars, not one per status (5).`);
        await frame.locator("svg.reviews-chart circle.seg").first().waitFor();
        const approved = await frame.locator('svg.status-chart g[data-status="approved"] .value').textContent();
        if (approved !== "3") throw new Error(`The chart shows ${approved} approved prompts, not 3.`);
        await frame.locator('table[data-table="deprecated-in-use"] a.open', { hasText: "ads/partner-display.md:1" }).waitFor();
        await page.screenshot({ path: join(RESULTS_DIR, "ui-library-health.png") });
      },
    },
    {
      title: "a click on a copy file in the panel opens it at the stamp",
      async run(page) {
        const { line, column } = positionOf(run, "ads/partner-display.md", "search-ad-variants@1.0.0");
        const frame = await healthFrame(page);
        await frame.locator('table[data-table="deprecated-in-use"] a.open', { hasText: "ads/partner-display.md:1" }).click();
        await page.locator(".tabs-container .tab.active", { hasText: "partner-display.md" }).first().waitFor();
        await page.locator(".statusbar-item", { hasText: `Ln ${line}, Col ${column}` }).first().waitFor();
        await page.locator(".tabs-container .tab", { hasText: "Library Health" }).first().waitFor({ state: "visible" });
      },
    },
    {
      title: "after Developer: Reload Window the panel is back, drawn again",
      async run(page) {
        // Waiting for the page's next load from before the command runs: the reload may be quick.
        const reloaded = page.waitForEvent("load", { timeout: 60000 });
        await runCommand(page, "Developer: Reload Window");
        await reloaded;
        await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "copydesk.yaml" }).first().waitFor({ timeout: 60000 });
        const tab = page.locator(".tabs-container .tab", { hasText: "Library Health" }).first();
        await tab.waitFor({ timeout: 60000 });
        await tab.click();
        // The restored panel is Copydesk's to draw (its serializer): the charts, with the same counts.
        const frame = await healthFrame(page, 60000);
        const prompts = await frame.locator('.card[data-count="prompts"] b').innerText();
        if (prompts !== "5") throw new Error(`The restored panel counts ${prompts} prompts; examples/prompts has 5.`);
        await frame.locator('table[data-table="deprecated-in-use"] a.open', { hasText: "ads/partner-display.md:1" }).waitFor();
      },
    },
  ];
}
