import * as vscode from "vscode";
import type { Host } from "../core/host.js";

const decoder = new TextDecoder("utf-8");

/**
 * The core's Host over `vscode.workspace.fs`, so it works for local, remote (code-server) and
 * virtual workspaces alike. Core paths are absolute POSIX paths; `base` gives the scheme and
 * authority of the workspace they belong to.
 */
export function workspaceHost(base: vscode.Uri): Host {
  const uriOf = (path: string) => base.with({ path, query: "", fragment: "" });
  return {
    async readFile(path) {
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(uriOf(path)));
      } catch {
        return undefined;
      }
    },
    async exists(path) {
      try {
        await vscode.workspace.fs.stat(uriOf(path));
        return true;
      } catch {
        return false;
      }
    },
  };
}
