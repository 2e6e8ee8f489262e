/**
 * `npm run test:electron`: the same extension-host suite under @vscode/test-electron, for machines
 * that can download VS Code (these cannot: use `npm run test:vscode` here). Run after `node esbuild.js`.
 * VSCODE_TEST_VERSION picks the VS Code version (default: stable); downloads are cached in
 * $COPYDESK_CACHE/vscode-test.
 */
import { join } from "node:path";
import { runTests } from "@vscode/test-electron";
import { cacheDir, ROOT } from "./paths.js";
import { createRunFolder } from "./run-folder.js";

async function main(): Promise<number> {
  const run = createRunFolder();
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? "stable",
      cachePath: join(cacheDir(), "vscode-test"),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, "out/test/suite/index.cjs"),
      launchArgs: [
        run.fixture,
        "--disable-extensions",
        "--disable-workspace-trust",
        "--skip-welcome",
        "--skip-release-notes",
        `--user-data-dir=${run.userData}`,
        `--extensions-dir=${run.extensions}`,
      ],
      extensionTestsEnv: { COPYDESK_TEST_RESULTS: run.results },
    });
    run.remove();
    return 0;
  } catch (e) {
    console.error(`test:electron: ${(e as Error).message ?? e}\nrun folder kept: ${run.dir}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
