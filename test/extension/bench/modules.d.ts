declare module "copydesk:extension-benches" {
  /** Every test/extension/bench/*.bench.ts, by path, as a lazy loader (made by esbuild.js). */
  export const benchFiles: Record<string, () => Promise<unknown>>;
}
