declare module "copydesk:extension-tests" {
  /** Workspace-relative test file → a loader that evaluates it (see esbuild.js). */
  export const testFiles: Record<string, () => Promise<unknown>>;
}
