/**
 * The extension's only door into `src/core`, loaded on first use. Everything else in
 * `src/extension` imports core *types* only (`import type`), so activating the extension does not
 * evaluate the rules, their phrase lists, zod schemas or the YAML parser.
 *
 * In the extension's bundle (esbuild.js defines `__COPYDESK_CORE_BUNDLE__`), core is a separate
 * file, out/core.cjs, compiled only when loaded and with a V8 code cache (core-bundle.ts); the
 * extension starts loading it in the background right after activation (extension.ts). Elsewhere
 * (the test bundle, tsx) the dynamic import below is a lazily initialised module of the same bundle.
 */
import { join } from "node:path";
import { loadBundle, type CoreBundleLoad, type LoadedBundle } from "./core-bundle.js";

export type Core = typeof import("./core-api.js");

/** The file name of core's bundle beside the extension's (esbuild.js); undefined when core is not split out. */
declare const __COPYDESK_CORE_BUNDLE__: string | undefined;

let loading: Promise<Core> | undefined;
let cacheDir: string | undefined;
let bundle: LoadedBundle<Core> | undefined;

/** Where the code cache of core's bundle goes (the extension's global storage folder); call before the first load. */
export function useCodeCache(folder: string | undefined): void {
  cacheDir = folder;
}

export function loadCore(): Promise<Core> {
  return (loading ??= typeof __COPYDESK_CORE_BUNDLE__ === "string" ? loadSplitCore(__COPYDESK_CORE_BUNDLE__) : import("./core-api.js"));
}

async function loadSplitCore(name: string): Promise<Core> {
  // __dirname: out/, where the extension's bundle and core's lie side by side.
  bundle = loadBundle<Core>(join(__dirname, name), cacheDir);
  return bundle.exports;
}

/** How core's bundle was loaded (undefined before, or when core is not a separate bundle). */
export function coreBundleLoad(): CoreBundleLoad | undefined {
  return bundle && { file: bundle.file, ms: bundle.ms, cache: bundle.cache, build: bundle.build };
}

/** Saves core's code cache, if it was loaded without one (after the engine has run once, so its functions are compiled). */
export function saveCoreCodeCache(): Promise<boolean> {
  return bundle ? bundle.saveCache() : Promise.resolve(false);
}
