import * as vscode from "vscode";
import type { Host } from "../core/host.js";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();
/** Folders never listed (the prompt library's walk): dependencies and version control. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

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
    async readBytes(path) {
      const uri = uriOf(path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) return encoder.encode(open.getText());
      try {
        return await vscode.workspace.fs.readFile(uri);
      } catch {
        return undefined;
      }
    },
    async listFiles(dir) {
      const out: string[] = [];
      const walk = async (path: string): Promise<void> => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(uriOf(path));
        } catch {
          return;
        }
        const folders: string[] = [];
        for (const [name, type] of entries) {
          const child = path === "/" ? `/${name}` : `${path}/${name}`;
          if (type & vscode.FileType.Directory) {
            if (!SKIPPED_FOLDERS.has(name) && !(type & vscode.FileType.SymbolicLink)) folders.push(child);
          } else if (type & vscode.FileType.File) out.push(child);
        }
        await Promise.all(folders.map(walk));
      };
      await walk(dir.replace(/\/+$/, "") || "/");
      return out.sort();
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
