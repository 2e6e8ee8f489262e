import * as vscode from "vscode";
import type { Host } from "../core/host.js";

const decoder = new TextDecoder("utf-8");

export interface WorkspaceHostOptions {
  /** Requests external URLs (links/unreachable); given only when the setting is on and the workspace is trusted. */
  readonly fetchStatus?: Host["fetchStatus"];
  /** Called with every text read, so positions in it can be computed later (configuration problems). */
  readonly onRead?: (path: string, text: string) => void;
}

/**
 * The core's Host over `vscode.workspace.fs`, so it works for local, remote (code-server) and
 * virtual workspaces alike. Core paths are absolute POSIX paths; `base` gives the scheme and
 * authority of the workspace they belong to. A file open in an editor is read from its buffer, so
 * an unsaved copydesk.yaml or a linked document's unsaved headings count, as the user sees them.
 */
export function workspaceHost(base: vscode.Uri, options: WorkspaceHostOptions = {}): Host {
  const uriOf = (path: string) => base.with({ path, query: "", fragment: "" });
  const host: Host = {
    async readFile(path) {
      const uri = uriOf(path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      let text: string | undefined;
      if (open) text = open.getText();
      else {
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          return undefined;
        }
      }
      options.onRead?.(path, text);
      return text;
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
  if (options.fetchStatus) host.fetchStatus = options.fetchStatus;
  return host;
}
