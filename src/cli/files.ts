import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { ResolvedConfig } from "../core/config/resolved.js";
import { isExcluded, isIncluded } from "../core/config/files.js";

const SKIP_DIRS = new Set(["node_modules", ".git"]);

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** Path of a file relative to the configuration root, POSIX separators. */
export function configRelative(config: ResolvedConfig, absolute: string): string {
  return toPosix(relative(config.root, absolute));
}

export class UsageError extends Error {}

/**
 * Expands the command line's paths: a folder contributes every file that `files.include` selects
 * and `files.exclude` does not; a named file is checked unless excluded. No paths means the
 * configuration's root.
 */
export async function collectFiles(config: ResolvedConfig, cwd: string, paths: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  const targets = paths.length ? paths : [config.root];
  for (const p of targets) {
    const abs = resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      throw new UsageError(`No such file or folder: ${p}. Check the path, relative to ${cwd}.`);
    }
    if (info.isDirectory()) await walk(abs, config, out);
    else if (!isExcluded(config, configRelative(config, abs))) out.add(abs);
  }
  return [...out].sort();
}

async function walk(dir: string, config: ResolvedConfig, out: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const rel = configRelative(config, abs);
      if (!rel.startsWith("..") && isExcluded(config, `${rel}/`)) continue;
      await walk(abs, config, out);
    } else if (entry.isFile()) {
      const rel = configRelative(config, abs);
      if (rel.startsWith("..") ? isIncluded(config, toPosix(relative(dir, abs))) : isIncluded(config, rel)) out.add(abs);
    }
  }
}
