/** UI tests: Prompt Library view. */
import type { RunFolder } from "./run-folder.js";
import type { Step } from "./ui-kit.js";

export function libraryViewSteps(run: RunFolder): Step[] {
  void run;
  return [];
}
