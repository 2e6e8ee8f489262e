/** Starts code-server for one run: free localhost port, no auth, throwaway user data and extensions. */
import { spawn } from "node:child_process";
import { openSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { CodeServerInstall } from "./paths.js";
import { HarnessError } from "./paths.js";
import { stop, track } from "./processes.js";
import type { RunFolder } from "./run-folder.js";

export interface CodeServer {
  readonly pid: number;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** 127.0.0.1:PORT, the authority of vscode-remote:// URIs in launch payloads. */
  readonly authority: string;
  readonly log: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The environment code-server and its extension host get: ours, minus anything that would steer them. */
function serverEnv(run: RunFolder, extra: Record<string, string>): NodeJS.ProcessEnv {
  // EXTENSIONS_GALLERY={} turns the marketplace (open-vsx.org) off: the harness makes no requests outside localhost.
  const env: NodeJS.ProcessEnv = { ...process.env, ...run.env, EXTENSIONS_GALLERY: "{}", ...extra };
  for (const key of Object.keys(env)) {
    if (key.startsWith("VSCODE_") || key.startsWith("CODE_SERVER_") || key === "ELECTRON_RUN_AS_NODE" || key === "GITHUB_TOKEN" || key === "PASSWORD" || key === "HASHED_PASSWORD") delete env[key];
  }
  return env;
}

export async function startCodeServer(
  install: CodeServerInstall,
  run: RunFolder,
  options: { env?: Record<string, string>; timeoutMs: number; smokeTestDriver?: boolean; port?: number },
): Promise<CodeServer> {
  const port = options.port ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  const config = join(run.dir, "code-server.yaml");
  writeFileSync(config, "auth: none\n");
  const log = join(run.dir, "code-server.log");
  const out = openSync(log, "a");
  const args = [
    install.entry,
    "--bind-addr", authority,
    "--auth", "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    "--user-data-dir", run.userData,
    "--extensions-dir", run.extensions,
    "--config", config,
    // Makes the built workbench honour the extensionDevelopmentPath / extensionTestsPath payload.
    ...(options.smokeTestDriver === false ? [] : ["--vscode-option", "enable-smoke-test-driver"]),
  ];
  const child = spawn(install.node, args, { cwd: run.dir, env: serverEnv(run, options.env ?? {}), stdio: ["ignore", out, out], detached: true });
  if (!child.pid) throw new HarnessError(`code-server did not start (${install.node} ${install.entry}).`);
  const pid = child.pid;
  track(pid);
  let exited: string | undefined;
  child.once("exit", (code, signal) => (exited = `code-server exited (${signal ?? `code ${code}`})`));
  const origin = `http://${authority}`;
  const server: CodeServer = { pid, origin, authority, log, stop: () => stop(pid) };
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (exited) throw new HarnessError(`${exited} before it was ready. Its log (${log}):\n${tail(log)}`);
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new HarnessError(`code-server was not ready on ${origin} within ${options.timeoutMs / 1000} s. Its log (${log}):\n${tail(log)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
