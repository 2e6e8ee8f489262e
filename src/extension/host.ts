import { readFileSync, statSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import * as vscode from "vscode";
import type { FileStat, Host } from "../core/host.js";
import { timeSlices } from "./time-slices.js";

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

/** The open document of a URI when it has unsaved changes. */
function unsaved(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.isDirty && d.uri.toString() === key);
}

/** The unsaved texts of open documents under `base`'s scheme and authority, by path. */
function unsavedTexts(base: vscode.Uri): Map<string, string> {
  const texts = new Map<string, string>();
  for (const d of vscode.workspace.textDocuments) {
    const uri = d.uri;
    if (d.isDirty && uri.scheme === base.scheme && uri.authority === base.authority && uri.query === "" && uri.fragment === "") texts.set(uri.path, d.getText());
  }
  return texts;
}

/**
 * The core's Host over `vscode.workspace.fs`, so it works for local, remote (code-server) and
 * virtual workspaces alike. Core paths are absolute POSIX paths; `base` gives the scheme and
 * authority of the workspace they belong to. A file open in an editor is read from its buffer, so
 * an unsaved copydesk.yaml or a linked document's unsaved headings count, as the user sees them.
 * Only a buffer with unsaved changes counts: a saved one is the file, and one whose file was
 * deleted or renamed away is not (VS Code keeps such documents open for a while).
 *
 * `file:` URIs (local folders, and the extension host's own side of a remote window) are read with
 * node:fs directly: the cold load of a 10,000-prompt library is ten thousand reads, and
 * `vscode.workspace.fs` costs several times more per call. Other schemes go through it.
 * `readBytesMany` (the library's load) reads local files synchronously, in slices of a few
 * milliseconds with a turn of the event loop between them: an asynchronous `readFile` is four trips
 * through libuv's thread pool (open, stat, read, close) and costs about five times more per small file.
 * `statMany` (the library's load from its snapshot) stats local files the same way; a file open with
 * unsaved changes has no stat, since what the host reads for it is the buffer, not the file.
 */
export function workspaceHost(base: vscode.Uri, options: WorkspaceHostOptions = {}): Host {
  const uriOf = (path: string) => base.with({ path, query: "", fragment: "" });
  const disk = base.scheme === "file" ? nodeDisk : vscodeDisk;
  const host: Host = {
    async readFile(path) {
      const uri = uriOf(path);
      const open = unsaved(uri);
      let text: string | undefined;
      if (open) text = open.getText();
      else {
        try {
          text = decoder.decode(await disk.readFile(uri));
        } catch {
          return undefined;
        }
      }
      options.onRead?.(path, text);
      return text;
    },
    async readBytes(path) {
      const uri = uriOf(path);
      const open = unsaved(uri);
      if (open) return encoder.encode(open.getText());
      try {
        return await disk.readFile(uri);
      } catch {
        return undefined;
      }
    },
    async readBytesMany(paths) {
      const open = unsavedTexts(base);
      const buffer = (path: string) => {
        const text = open.get(path);
        return text === undefined ? undefined : encoder.encode(text);
      };
      const readNow = disk.readFileNow;
      if (!readNow) return Promise.all(paths.map(async (path) => buffer(path) ?? disk.readFile(uriOf(path)).catch(() => undefined)));
      const out: (Uint8Array | undefined)[] = [];
      const pause = timeSlices();
      for (const path of paths) {
        await pause();
        let bytes: Uint8Array | undefined = buffer(path);
        if (!bytes) {
          try {
            bytes = readNow(uriOf(path));
          } catch {
            bytes = undefined;
          }
        }
        out.push(bytes);
      }
      return out;
    },
    async statMany(paths) {
      const open = unsavedTexts(base);
      const statNow = disk.statNow;
      const statOf = async (path: string): Promise<FileStat | undefined> => {
        try {
          return open.has(path) ? undefined : await disk.fileStat(uriOf(path));
        } catch {
          return undefined;
        }
      };
      if (!statNow) return Promise.all(paths.map(statOf));
      const out: (FileStat | undefined)[] = [];
      const pause = timeSlices();
      for (const path of paths) {
        await pause();
        out.push(open.has(path) ? undefined : statNow(uriOf(path)));
      }
      return out;
    },
    async listFiles(dir) {
      const out: string[] = [];
      const walk = async (path: string): Promise<void> => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await disk.readDirectory(uriOf(path));
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
        await disk.stat(uriOf(path));
        return true;
      } catch {
        return false;
      }
    },
  };
  if (options.fetchStatus) host.fetchStatus = options.fetchStatus;
  return host;
}

/** The few file-system calls the host makes, over vscode.workspace.fs or node:fs. */
interface Disk {
  readFile(uri: vscode.Uri): Promise<Uint8Array>;
  /** A synchronous read, where one is possible (node:fs). */
  readFileNow?(uri: vscode.Uri): Uint8Array;
  readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]>;
  stat(uri: vscode.Uri): Promise<unknown>;
  /** A file's size and modification time; undefined for a folder. Throws when there is nothing there. */
  fileStat(uri: vscode.Uri): Promise<FileStat | undefined>;
  /** The same, synchronously (node:fs); undefined when there is no file. */
  statNow?(uri: vscode.Uri): FileStat | undefined;
}

const vscodeDisk: Disk = {
  readFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  readDirectory: (uri) => Promise.resolve(vscode.workspace.fs.readDirectory(uri)),
  stat: (uri) => Promise.resolve(vscode.workspace.fs.stat(uri)),
  async fileStat(uri) {
    const s = await vscode.workspace.fs.stat(uri);
    return s.type & vscode.FileType.File ? { size: s.size, mtimeMs: s.mtime } : undefined;
  },
};

const nodeDisk: Disk = {
  readFile: (uri) => readFile(uri.fsPath),
  readFileNow: (uri) => readFileSync(uri.fsPath),
  async readDirectory(uri) {
    const entries = await readdir(uri.fsPath, { withFileTypes: true });
    const kind = (e: { isDirectory(): boolean; isFile(): boolean }) => (e.isDirectory() ? vscode.FileType.Directory : e.isFile() ? vscode.FileType.File : vscode.FileType.Unknown);
    return Promise.all(
      entries.map(async (e): Promise<[string, vscode.FileType]> => {
        if (!e.isSymbolicLink()) return [e.name, kind(e)];
        // As vscode.workspace.fs reports a link: the target's type, plus SymbolicLink.
        const target = await stat(vscode.Uri.joinPath(uri, e.name).fsPath).catch(() => undefined);
        return [e.name, (target ? kind(target) : vscode.FileType.Unknown) | vscode.FileType.SymbolicLink];
      }),
    );
  },
  stat: (uri) => stat(uri.fsPath),
  async fileStat(uri) {
    const s = await stat(uri.fsPath);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
  },
  statNow(uri) {
    try {
      const s = statSync(uri.fsPath, { throwIfNoEntry: false });
      return s?.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  },
};
