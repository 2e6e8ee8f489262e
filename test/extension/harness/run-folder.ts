/** The throwaway folder of one harness run: the workspace copy, VS Code's user data, temp files. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLES_WORKSPACE, FIXTURE_WORKSPACE, ROOT } from "./paths.js";

export interface RunFolder {
  readonly dir: string;
  /** A copy of test/extension/workspace, for the extension-host tests. */
  readonly fixture: string;
  /** A copy of examples/, for the UI tests. */
  readonly examples: string;
  readonly userData: string;
  readonly extensions: string;
  /** The extension-host tests append their results here (COPYDESK_TEST_RESULTS). */
  readonly results: string;
  /** TMPDIR and XDG_* pointed into the run folder, so nothing lands in the home folder or /tmp. */
  readonly env: Record<string, string>;
  remove(): void;
}

/** VS Code user settings for a quiet, trusted, reproducible window. */
const SETTINGS = {
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "window.restoreWindows": "none",
  "files.hotExit": "off",
  // code-server saves edited buffers after a second by default (as VS Code for the Web does); the
  // tests edit fixture buffers and must decide themselves what reaches the disk.
  "files.autoSave": "off",
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes run folders kept by failed or interrupted runs more than a day ago. */
function pruneOldRuns(parent: string): void {
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith("vscode-run-") && Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
  }
}

export function createRunFolder(): RunFolder {
  const parent = join(ROOT, ".tmp");
  mkdirSync(parent, { recursive: true });
  pruneOldRuns(parent);
  const dir = mkdtempSync(join(parent, "vscode-run-"));
  const path = (...p: string[]) => {
    const full = join(dir, ...p);
    mkdirSync(full, { recursive: true });
    return full;
  };
  const fixture = join(dir, "fixture");
  cpSync(FIXTURE_WORKSPACE, fixture, { recursive: true });
  const examples = join(dir, "examples");
  cpSync(EXAMPLES_WORKSPACE, examples, { recursive: true });
  const userData = path("user-data");
  writeFileSync(join(path("user-data", "User"), "settings.json"), `${JSON.stringify(SETTINGS, null, 2)}\n`);
  const env = {
    TMPDIR: path("tmp"),
    XDG_CONFIG_HOME: path("xdg", "config"),
    XDG_DATA_HOME: path("xdg", "data"),
    XDG_CACHE_HOME: path("xdg", "cache"),
    XDG_RUNTIME_DIR: path("xdg", "runtime"),
  };
  return {
    dir,
    fixture,
    examples,
    userData,
    extensions: path("extensions"),
    results: join(dir, "results.log"),
    env,
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
