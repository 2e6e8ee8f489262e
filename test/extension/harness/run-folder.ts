/** The throwaway folder of one harness run: the workspace copy, VS Code's user data, temp files. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, WORKSPACE_SOURCE } from "./paths.js";

export interface RunFolder {
  readonly dir: string;
  readonly workspace: string;
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
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "window.restoreWindows": "none",
  "files.hotExit": "off",
};

export function createRunFolder(): RunFolder {
  const parent = join(ROOT, ".tmp");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "vscode-run-"));
  const path = (...p: string[]) => {
    const full = join(dir, ...p);
    mkdirSync(full, { recursive: true });
    return full;
  };
  const workspace = join(dir, "workspace");
  cpSync(WORKSPACE_SOURCE, workspace, { recursive: true });
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
    workspace,
    userData,
    extensions: path("extensions"),
    results: join(dir, "results.log"),
    env,
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
