/**
 * Every identifier the extension shares with its manifest (package.json `contributes`), in one
 * place. No `vscode` import: test/manifest.test.ts checks these against package.json in plain Node.
 */

/** Command ids (`copydesk.<verb>`). The first three are in the Command Palette. */
export const COMMANDS = {
  lintWorkspace: "copydesk.lintWorkspace",
  exportReport: "copydesk.exportReport",
  showOutput: "copydesk.showOutput",
  /** Code-action helpers, not in the palette. */
  insertSuppression: "copydesk.insertSuppression",
  showRuleDocumentation: "copydesk.showRuleDocumentation",
} as const;

/** The commands the Command Palette lists, with their titles (package.json `contributes.commands`). */
export const PALETTE_COMMANDS: readonly { readonly command: string; readonly title: string }[] = [
  { command: COMMANDS.lintWorkspace, title: "Lint Workspace" },
  { command: COMMANDS.exportReport, title: "Export QA Report" },
  { command: COMMANDS.showOutput, title: "Show Output" },
];

export const SETTINGS_SECTION = "copydesk";

/** Setting keys under `copydesk.` (package.json `contributes.configuration`). */
export const SETTING_KEYS = {
  enable: "enable",
  run: "run",
  configFile: "configFile",
  checkExternalLinks: "checkExternalLinks",
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
