/**
 * Loads core from its own bundle (out/core.cjs, beside out/extension.cjs; see esbuild.js) with a V8
 * code cache: the first session compiles the bundle and, once the engine has run (so the functions
 * it compiled lazily are in it), saves V8's cached data in the extension's global storage; later
 * sessions hand it back to V8 (`vm.Script` `cachedData`) and skip most of the parsing and compiling.
 * A cache made for another bundle or another V8 is never read (its name carries both), and V8
 * itself rejects one that does not fit; then the bundle is compiled as usual and the cache redone.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { writeFileAtomically } from "./atomic-write.js";

/** How the last load went, for the log and `npm run bench`. */
export interface CoreBundleLoad {
  readonly file: string;
  /** Reading, compiling and evaluating the bundle. */
  readonly ms: number;
  /** `used`: V8 accepted the cached data; `rejected`: it did not; `none`: there was none (or no folder for it). */
  readonly cache: "used" | "rejected" | "none";
  /** A hash of the bundle's source: two builds of core differ in it, whatever their version says. */
  readonly build: string;
}

export interface LoadedBundle<T> extends CoreBundleLoad {
  readonly exports: T;
  /** Saves the code cache when this load had none that V8 used; resolves to whether it wrote one. */
  saveCache(): Promise<boolean>;
}

const PREFIX = "core-";
const SUFFIX = ".v8cache";

/** Loads the CommonJS bundle `file` as Node's require would, with the code cache kept in `cacheDir`. */
export function loadBundle<T>(file: string, cacheDir: string | undefined): LoadedBundle<T> {
  const started = performance.now();
  const source = readFileSync(file, "utf8");
  const build = createHash("sha256").update(source).digest("hex").slice(0, 16);
  // Named after the bundle's build and V8's version: the source is hashed once.
  const cacheFile = cacheDir && join(cacheDir, `${PREFIX}${createHash("sha256").update(process.versions.v8).update("\0").update(build).digest("hex").slice(0, 24)}${SUFFIX}`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The wrapper on a line of its own (lineOffset -1): the bundle's lines and columns stay as its source map has them.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, { filename: file, lineOffset: -1, cachedData });
  const cache = cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used";
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const ms = performance.now() - started;
  let saved = false;
  return {
    file,
    ms,
    cache,
    build,
    exports: module.exports,
    async saveCache() {
      if (!cacheDir || !cacheFile || cache === "used" || saved) return false;
      saved = true;
      // Older caches (another build of the bundle, another VS Code's V8) go; the new one is written whole.
      if (existsSync(cacheDir)) for (const name of readdirSync(cacheDir)) if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) rmSync(join(cacheDir, name), { force: true });
      await writeFileAtomically(cacheFile, script.createCachedData());
      return true;
    },
  };
}
