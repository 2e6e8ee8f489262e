import { readFile, stat } from "node:fs/promises";
import type { Host } from "../core/host.js";

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
    ...extra,
  };
}
