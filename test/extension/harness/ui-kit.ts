/** What the UI test groups share: the step type and the moves a person makes in the workbench. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { RunFolder } from "./run-folder.js";

/** One path a person takes; later steps of a group build on earlier ones. */
export type Step = { title: string; run: (page: Page) => Promise<void> };

/** A named list of steps; a failing step skips the rest of its group only. */
export interface StepGroup {
  readonly name: string;
  readonly steps: (run: RunFolder) => Step[];
}

/** Opens a file by name through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".tabs-container .tab", { hasText: name }).first().waitFor();
}

/** 1-based line and column of the first occurrence of `text` in a file of the examples copy. */
export function positionOf(run: RunFolder, file: string, text: string): { line: number; column: number } {
  const source = readFileSync(join(run.examples, file), "utf8");
  const at = source.indexOf(text);
  if (at < 0) throw new Error(`${file} in the examples copy no longer contains ${JSON.stringify(text)}.`);
  const before = source.slice(0, at).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Runs a command by its title through the Command Palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor();
  await page.keyboard.press("Enter");
}

