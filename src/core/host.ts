/**
 * Everything core needs from the outside world. The CLI passes a Node implementation, the
 * extension one over `vscode.workspace.fs`, tests an in-memory one. Paths are absolute POSIX paths.
 */
export interface Host {
  readFile(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
  /** Requests an external URL (for `links/unreachable`); absent where network use is not allowed. */
  fetchStatus?(url: string, options: { timeoutMs: number }): Promise<{ status: number } | { error: string }>;
  /** Every file under a folder, recursively, as absolute paths; [] when the folder does not exist. (The prompt library.) */
  listFiles?(dir: string): Promise<string[]>;
  /** A file's bytes, so that text that is not UTF-8 can be reported; undefined when unreadable. */
  readBytes?(path: string): Promise<Uint8Array | undefined>;
  /**
   * Many files' bytes, in the order asked (undefined where unreadable): for hosts that read in bulk
   * faster than file by file (the extension reads local files synchronously, in short time slices).
   * The prompt library's load and batched refreshes use it when present, `readBytes` otherwise.
   */
  readBytesMany?(paths: readonly string[]): Promise<(Uint8Array | undefined)[]>;
  /**
   * Many files' size and modification time, in the order asked (undefined where there is no file,
   * or where what a read returns is not the file on disk, such as an unsaved editor buffer). With it
   * the prompt library can keep a snapshot of what it read and, on the next load, read only the
   * files that changed (index-snapshot.ts).
   */
  statMany?(paths: readonly string[]): Promise<(FileStat | undefined)[]>;
}

/** What `statMany` reports of a file. */
export interface FileStat {
  readonly size: number;
  /** Milliseconds since the epoch, as precise as the file system keeps it. */
  readonly mtimeMs: number;
}

export interface MemoryHostOptions {
  /** Modification times by path (ms); 0 for files not named. */
  readonly mtimes?: Readonly<Record<string, number>>;
}

/** An in-memory host for tests and the browser. Byte values stand for files that are not (or not only) text. */
export function memoryHost(files: Record<string, string | Uint8Array>, options: MemoryHostOptions = {}): Host {
  const map = new Map(Object.entries(files));
  const dirs = new Set<string>();
  for (const p of map.keys()) {
    let d = p;
    while ((d = d.slice(0, d.lastIndexOf("/"))) !== "") dirs.add(d);
  }
  const encoder = new TextEncoder();
  const decoder = new TextDecoder("utf-8");
  return {
    readFile: async (p) => {
      const v = map.get(p);
      return typeof v === "string" || v === undefined ? v : decoder.decode(v);
    },
    exists: async (p) => map.has(p) || dirs.has(p.replace(/\/$/, "")),
    listFiles: async (dir) => {
      const prefix = `${dir.replace(/\/+$/, "")}/`;
      return [...map.keys()].filter((p) => p.startsWith(prefix));
    },
    readBytes: async (p) => {
      const v = map.get(p);
      return typeof v === "string" ? encoder.encode(v) : v;
    },
    statMany: async (paths) =>
      paths.map((p) => {
        const v = map.get(p);
        return v === undefined ? undefined : { size: typeof v === "string" ? encoder.encode(v).length : v.length, mtimeMs: options.mtimes?.[p] ?? 0 };
      }),
  };
}
