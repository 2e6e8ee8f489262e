import picomatch from "picomatch";
import type { ResolvedConfig } from "./resolved.js";

const compiled = new WeakMap<ResolvedConfig, { include: (p: string) => boolean; exclude: (p: string) => boolean }>();

/** Whether `files.include` / `files.exclude` select a path relative to the configuration's root. */
export function isIncluded(config: ResolvedConfig, relativePath: string): boolean {
  let m = compiled.get(config);
  if (!m) {
    const include = config.files.include.length ? picomatch([...config.files.include], { dot: true }) : () => false;
    const exclude = config.files.exclude.length ? picomatch([...config.files.exclude], { dot: true }) : () => false;
    m = { include, exclude };
    compiled.set(config, m);
  }
  return !relativePath.startsWith("../") && m.include(relativePath) && !m.exclude(relativePath);
}

/** Whether `files.exclude` rules a path out (explicitly named files are still checked unless excluded). */
export function isExcluded(config: ResolvedConfig, relativePath: string): boolean {
  isIncluded(config, relativePath);
  return compiled.get(config)!.exclude(relativePath);
}
