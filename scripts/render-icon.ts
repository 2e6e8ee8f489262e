/**
 * Renders media/icon.svg to media/icon.png (128×128, transparent corners) with the headless
 * Chromium the VS Code harness uses: `tsx scripts/render-icon.ts`. The PNG is committed; run this
 * after editing the SVG.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const root = join(import.meta.dirname, "..");
const svg = readFileSync(join(root, "media/icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.COPYDESK_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator("svg").screenshot({ path: join(root, "media/icon.png"), omitBackground: true });
  console.log("wrote media/icon.png");
} finally {
  await browser.close();
}
