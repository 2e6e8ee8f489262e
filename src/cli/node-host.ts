import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Host } from "../core/host.js";

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** The Host over Node's file system, for the CLI and scripts. Unreadable files read as undefined. */
export function nodeHost(extra: Partial<Host> = {}): Host {
  return {
    async readFile(path) {
      try {
        return await readFile(path, "utf8");
      } catch {
        return undefined;
      }
    },
    async exists(path) {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
    async listFiles(dir) {
      const out: string[] = [];
      const walk = async (folder: string): Promise<void> => {
        let entries;
        try {
          entries = await readdir(folder, { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          const path = join(folder, entry.name);
          if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name)) await walk(path);
          } else if (entry.isFile()) out.push(path);
        }
      };
      await walk(dir);
      return out.sort();
    },
    async readBytes(path) {
      try {
        return new Uint8Array(await readFile(path));
      } catch {
        return undefined;
      }
    },
    async statMany(paths) {
      return Promise.all(
        paths.map(async (path) => {
          try {
            const s = await stat(path);
            return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
          } catch {
            return undefined;
          }
        }),
      );
    },
    ...extra,
  };
}
