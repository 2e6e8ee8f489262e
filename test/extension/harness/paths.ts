/** Where the harness finds the repository, code-server, Node 24 and Chromium. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const CODE_SERVER_VERSION = "4.139.1";
/** Screenshots of the last run (emptied at the start of each run). */
export const RESULTS_DIR = join(ROOT, "test-results", "vscode");
export const INSTALL_HINT = "Run `npm run install:code-server` (scripts/install-code-server.sh) first; it installs chromium, Node 24 and code-server.";

/** The cache folder of scripts/install-code-server.sh: $COPYDESK_CACHE, default <repo>/.cache. */
export function cacheDir(): string {
  return resolve(ROOT, process.env.COPYDESK_CACHE ?? ".cache");
}

export interface CodeServerInstall {
  readonly dir: string;
  readonly node: string;
  readonly entry: string;
}

/** The finished code-server install, or a clear error telling the user how to get one. */
export function findCodeServer(): CodeServerInstall {
  const dir = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}-node24`);
  const node = join(dir, "node/node_modules/node/bin/node");
  const entry = join(dir, "code-server/node_modules/code-server/out/node/entry.js");
  if (!existsSync(join(dir, ".complete")) || !existsSync(node) || !existsSync(entry)) {
    throw new HarnessError(`code-server ${CODE_SERVER_VERSION} is not installed in ${dir}. ${INSTALL_HINT}`);
  }
  return { dir, node, entry };
}

/** Debian's chromium (playwright's own browser download does not work on these machines). */
export function findChromium(): string {
  const path = process.env.COPYDESK_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(path)) throw new HarnessError(`Chromium is missing (${path}). ${INSTALL_HINT}`);
  return path;
}

/** The extension-host tests' own workspace (stable: a glossary and a severity override). */
export const FIXTURE_WORKSPACE = join(ROOT, "test/extension/workspace");
/** The example repository: the UI tests and the demo open a copy of it. */
export const EXAMPLES_WORKSPACE = join(ROOT, "examples");

/** A failure with a message for the user and no stack trace. */
export class HarnessError extends Error {}
