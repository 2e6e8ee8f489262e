/**
 * Every identifier the extension shares with its manifest (package.json `contributes`), in one
 * place. No `vscode` import: test/manifest.test.ts checks these against package.json in plain Node.
 */

/** Command ids (`copydesk.<verb>`). The first three are in the Command Palette. */
export const COMMANDS = {
  lintWorkspace: "copydesk.lintWorkspace",
  exportReport: "copydesk.exportReport",
  showOutput: "copydesk.showOutput",
  /** The prompt library: writers. */
  insertPrompt: "copydesk.insertPrompt",
  previewPrompt: "copydesk.previewPrompt",
  /** The prompt library: librarians. */
  newPrompt: "copydesk.newPrompt",
  submitPrompt: "copydesk.submitPrompt",
  approvePrompt: "copydesk.approvePrompt",
  deprecatePrompt: "copydesk.deprecatePrompt",
  retirePrompt: "copydesk.retirePrompt",
  bumpPromptVersion: "copydesk.bumpPromptVersion",
  libraryHealth: "copydesk.libraryHealth",
  /** The Prompt Library view's own commands (its title bar and context menu). */
  refreshLibrary: "copydesk.refreshLibrary",
  filterLibrary: "copydesk.filterLibrary",
  clearLibraryFilter: "copydesk.clearLibraryFilter",
  showAllPrompts: "copydesk.showAllPrompts",
  showApprovedPrompts: "copydesk.showApprovedPrompts",
  openPrompt: "copydesk.openPrompt",
  createLibrary: "copydesk.createLibrary",
  /** Code-action helpers, not in the palette. */
  insertSuppression: "copydesk.insertSuppression",
  showRuleDocumentation: "copydesk.showRuleDocumentation",
} as const;

/** The commands the Command Palette lists, with their titles (package.json `contributes.commands`). */
export const PALETTE_COMMANDS: readonly { readonly command: string; readonly title: string }[] = [
  { command: COMMANDS.lintWorkspace, title: "Lint Workspace" },
  { command: COMMANDS.exportReport, title: "Export QA Report" },
  { command: COMMANDS.showOutput, title: "Show Output" },
  { command: COMMANDS.insertPrompt, title: "Insert Approved Prompt…" },
  { command: COMMANDS.previewPrompt, title: "Preview Rendered Prompt" },
  { command: COMMANDS.newPrompt, title: "New Prompt…" },
  { command: COMMANDS.submitPrompt, title: "Submit Prompt for Review" },
  { command: COMMANDS.approvePrompt, title: "Approve Prompt" },
  { command: COMMANDS.deprecatePrompt, title: "Deprecate Prompt…" },
  { command: COMMANDS.retirePrompt, title: "Retire Prompt" },
  { command: COMMANDS.bumpPromptVersion, title: "Bump Prompt Version…" },
  { command: COMMANDS.libraryHealth, title: "Show Library Health" },
  { command: COMMANDS.refreshLibrary, title: "Refresh Prompt Library" },
  { command: COMMANDS.filterLibrary, title: "Filter Prompt Library…" },
  { command: COMMANDS.clearLibraryFilter, title: "Clear Prompt Library Filter" },
  { command: COMMANDS.showAllPrompts, title: "Show Every Prompt (Librarian)" },
  { command: COMMANDS.showApprovedPrompts, title: "Show Approved Prompts Only (Writer)" },
  { command: COMMANDS.openPrompt, title: "Open Prompt" },
  { command: COMMANDS.createLibrary, title: "Create Prompt Library from the Starter Prompts" },
];

/** The Prompt Library view and its container (package.json `contributes.views` / `viewsContainers`). */
export const VIEWS = {
  container: "copydesk",
  promptLibrary: "copydesk.promptLibrary",
} as const;

/** Context keys the manifest's `when` clauses read (set with `setContext`). */
export const CONTEXT_KEYS = {
  /** The Prompt Library view shows every status (the librarian's view), not only approved prompts. */
  showAllPrompts: "copydesk.library.showAll",
  /** A filter is set on the Prompt Library view. */
  libraryFiltered: "copydesk.library.filtered",
  /** There is no library in the workspace (the welcome view shows). */
  noWorkspaceLibrary: "copydesk.library.none",
  /** The active editor shows a prompt of a library (the editor title's Preview button). */
  activeEditorIsPrompt: "copydesk.library.isPrompt",
} as const;

/**
 * `contextValue` of a prompt in the Prompt Library view: `prompt.<status>`, plus `.editable` for a
 * prompt of the workspace's own library (the starter library's are read-only). The manifest's
 * `view/item/context` menus match on it, e.g. `viewItem =~ /^prompt\.approved\.editable/`.
 */
export function promptContextValue(status: string | undefined, editable: boolean): string {
  return `prompt.${status ?? "unknown"}${editable ? ".editable" : ""}`;
}

/** The webview panel of `Copydesk: Show Library Health`. */
export const LIBRARY_HEALTH_VIEW_TYPE = "copydesk.libraryHealth";

export const SETTINGS_SECTION = "copydesk";

/** Setting keys under `copydesk.` (package.json `contributes.configuration`). */
export const SETTING_KEYS = {
  enable: "enable",
  run: "run",
  configFile: "configFile",
  checkExternalLinks: "checkExternalLinks",
  /** "Name <email>" of the librarian approving prompts; else git's user.name / user.email. */
  librarian: "librarian",
  /** Offer the bundled starter library after the workspace's own. */
  includeStarterLibrary: "library.includeStarter",
  /** The largest document (KB) linted in the editor; 0: no limit. */
  maxDocumentKB: "maxDocumentKB",
} as const;

/** Settings VS Code ignores from workspace scope in an untrusted workspace. */
export const RESTRICTED_SETTINGS = [`${SETTINGS_SECTION}.${SETTING_KEYS.checkExternalLinks}`, `${SETTINGS_SECTION}.${SETTING_KEYS.configFile}`];

/** `source` of every diagnostic, and the name of the diagnostic collections. */
export const DIAGNOSTIC_SOURCE = "copydesk";
/** The code of a configuration problem shown in copydesk.yaml or claims.yaml. */
export const CONFIG_DIAGNOSTIC_CODE = "config";

export const OUTPUT_CHANNEL = "Copydesk";
export const STATUS_BAR_ID = "copydesk.status";

/** `editor.codeActionsOnSave: { "source.fixAll.copydesk": "explicit" }`. */
export const FIX_ALL_KIND = "source.fixAll.copydesk";

/** The files the `yamlValidation` contribution maps to the shipped JSON Schemas. */
export const YAML_SCHEMAS: readonly { readonly fileMatch: string; readonly url: string }[] = [
  { fileMatch: "copydesk.yaml", url: "./schemas/copydesk.schema.json" },
  { fileMatch: "claims.yaml", url: "./schemas/claims.schema.json" },
];
