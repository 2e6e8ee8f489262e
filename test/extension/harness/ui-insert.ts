/** UI tests: Insert Approved Prompt. */
import type { RunFolder } from "./run-folder.js";
import type { Step } from "./ui-kit.js";

export function insertPromptSteps(run: RunFolder): Step[] {
  void run;
  return [];
}
