/**
 * The extension's only door into `src/core`, loaded on first use. Everything else in
 * `src/extension` imports core *types* only (`import type`), so activating the extension does not
 * evaluate the rules, their phrase lists, zod schemas or the YAML parser: esbuild turns the
 * dynamic import below into a lazily initialised module inside the one bundle.
 */
export type Core = typeof import("./core-api.js");

let loading: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  return (loading ??= import("./core-api.js"));
}
