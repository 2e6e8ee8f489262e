/** UI tests: Library health. */
import type { RunFolder } from "./run-folder.js";
import type { Step } from "./ui-kit.js";

export function libraryHealthSteps(run: RunFolder): Step[] {
  void run;
  return [];
}
