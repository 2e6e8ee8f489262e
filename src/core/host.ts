/**
 * Everything core needs from the outside world. The CLI passes a Node implementation, the
 * extension one over `vscode.workspace.fs`, tests an in-memory one. Paths are absolute POSIX paths.
 */
export interface Host {
  readFile(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
  /** Requests an external URL (for `links/unreachable`); absent where network use is not allowed. */
  fetchStatus?(url: string, options: { timeoutMs: number }): Promise<{ status: number } | { error: string }>;
}

/** An in-memory host for tests and the browser. */
export function memoryHost(files: Record<string, string>): Host {
  const map = new Map(Object.entries(files));
  const dirs = new Set<string>();
  for (const p of map.keys()) {
    let d = p;
    while ((d = d.slice(0, d.lastIndexOf("/"))) !== "") dirs.add(d);
  }
  return {
    readFile: async (p) => map.get(p),
    exists: async (p) => map.has(p) || dirs.has(p.replace(/\/$/, "")),
  };
}
