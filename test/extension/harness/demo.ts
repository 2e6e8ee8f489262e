/**
 * `npm start`: the demo. Installs code-server if it is missing (scripts/install-code-server.sh),
 * builds the .vsix (`npm run package`), installs it into a throwaway code-server profile, starts
 * code-server on 127.0.0.1 with a copy of examples/ and prints the URL to open in a browser.
 * Ctrl+C stops code-server and removes the throwaway folder. COPYDESK_DEMO_PORT picks the port
 * (default: 8080 when free, else any free port).
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { startCodeServer, tail, type CodeServer } from "./code-server.js";
import { findCodeServer, HarnessError, ROOT, type CodeServerInstall } from "./paths.js";
import { killAllTracked } from "./processes.js";
import { createRunFolder, type RunFolder } from "./run-folder.js";

const VSIX = join(ROOT, "dist/copydesk.vsix");

function ensureCodeServer(): CodeServerInstall {
  try {
    return findCodeServer();
  } catch (e) {
    if (!(e instanceof HarnessError)) throw e;
    console.log("code-server is not installed yet: installing it (once, a few minutes)…");
    const result = spawnSync("bash", [join(ROOT, "scripts/install-code-server.sh")], { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) throw new HarnessError("Installing code-server failed (scripts/install-code-server.sh); see its messages above.");
    return findCodeServer();
  }
}

function run(command: string, args: string[], what: string, env?: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) throw new HarnessError(`${what} failed.`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number | undefined> {
  if (process.env.COPYDESK_DEMO_PORT) return Number(process.env.COPYDESK_DEMO_PORT);
  return (await portIsFree(8080)) ? 8080 : undefined;
}

let server: CodeServer | undefined;
let folder: RunFolder | undefined;

async function main(): Promise<void> {
  const install = ensureCodeServer();
  run(process.execPath, ["--import", "tsx", join(ROOT, "scripts/package.ts")], "Building the extension (npm run package)");
  folder = createRunFolder();
  const env = { ...process.env, ...folder.env, EXTENSIONS_GALLERY: "{}" };
  run(install.node, [install.entry, "--user-data-dir", folder.userData, "--extensions-dir", folder.extensions, "--install-extension", VSIX], "Installing the .vsix into code-server", env);
  server = await startCodeServer(install, folder, { timeoutMs: 60000, smokeTestDriver: false, port: await choosePort() });
  const url = `${server.origin}/?folder=${encodeURIComponent(folder.examples)}`;
  console.log(`\nCopydesk demo: open ${url}\n`);
  console.log("  A copy of examples/ is open, with the Copydesk extension installed from dist/copydesk.vsix.");
  console.log("  Open email/launch-draft.md to see the findings; Ctrl+. for quick fixes; F1 → Copydesk: Lint Workspace.");
  console.log("  The Copydesk icon in the activity bar opens the Prompt Library; F1 → Copydesk: Insert Approved Prompt… in a draft;");
  console.log("  open a file under prompts/ for the librarian's live checks; F1 → Copydesk: Show Library Health.");
  console.log(`  Workspace copy: ${folder.examples}; code-server log: ${server.log}`);
  console.log("  Press Ctrl+C to stop.\n");
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
  });
}

async function cleanup(): Promise<void> {
  await server?.stop().catch(() => {});
  server = undefined;
  folder?.remove();
  folder = undefined;
}

process.on("exit", killAllTracked);
main().then(
  async () => {
    console.log("\nStopping the demo…");
    await cleanup();
    process.exit(0);
  },
  async (e) => {
    console.error(`\nnpm start: ${e instanceof HarnessError ? e.message : String((e as Error).stack ?? e)}`);
    if (server) console.error(tail(server.log, 15));
    await cleanup();
    process.exit(1);
  },
);
