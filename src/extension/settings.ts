/**
 * The extension's settings as safe values. Each type has a same-named namespace whose `from(value)`
 * turns whatever is in settings.json (a typo, a wrong type, nothing) into a usable value, as
 * vscode-eslint's `$shared/settings.ts` does. No `vscode` import: callers pass
 * `vscode.workspace.getConfiguration("copydesk", uri)` and `vscode.workspace.isTrusted`.
 */
import { SETTING_KEYS } from "./ids.js";

/** When documents are linted: as you type (debounced), on save, or only on demand. */
export type RunMode = "onType" | "onSave" | "off";

export namespace RunMode {
  export const values: readonly RunMode[] = ["onType", "onSave", "off"];
  export const defaultValue: RunMode = "onType";
  export function is(value: unknown): value is RunMode {
    return typeof value === "string" && (values as readonly string[]).includes(value);
  }
  export function from(value: unknown): RunMode {
    return is(value) ? value : defaultValue;
  }
}

export namespace Flag {
  export function from(value: unknown, defaultValue: boolean): boolean {
    return typeof value === "boolean" ? value : defaultValue;
  }
}

/** A size limit: a whole number of kilobytes, 0 for none; anything else is the default. */
export namespace SizeLimit {
  export function from(value: unknown, defaultValue: number): number {
    return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : defaultValue;
  }
}

/** A text setting (a path, an identity): trimmed, or undefined when empty or not a string. */
export namespace TextSetting {
  export function from(value: unknown): string | undefined {
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  }
}

export interface Settings {
  readonly enable: boolean;
  readonly run: RunMode;
  /** copydesk.yaml to use instead of the nearest one: absolute, or relative to the workspace folder. */
  readonly configFile: string | undefined;
  /** Request external links (`links/unreachable`); always false in an untrusted workspace. */
  readonly checkExternalLinks: boolean;
  /** The librarian's identity ("Name <email>") for Approve; undefined: ask git. */
  readonly librarian: string | undefined;
  /** Whether the bundled starter library follows the workspace's own in the view and the picker. */
  readonly includeStarterLibrary: boolean;
  /**
   * The largest document linted in the editor, in KB (of characters for an open document, of bytes
   * for a file on disk); 0: no limit. A lint runs on the extension host's thread, about a second a
   * megabyte, and a larger document would hold it up.
   */
  readonly maxDocumentKB: number;
}

/** What `vscode.WorkspaceConfiguration` offers that settings need. */
export interface SettingsSource {
  get(key: string): unknown;
}

export namespace Settings {
  export const defaults: Settings = { enable: true, run: RunMode.defaultValue, configFile: undefined, checkExternalLinks: false, librarian: undefined, includeStarterLibrary: true, maxDocumentKB: 1024 };

  export function from(source: SettingsSource | undefined, trusted: boolean): Settings {
    const get = (key: string) => source?.get(key);
    return {
      enable: Flag.from(get(SETTING_KEYS.enable), defaults.enable),
      run: RunMode.from(get(SETTING_KEYS.run)),
      configFile: TextSetting.from(get(SETTING_KEYS.configFile)),
      // Never touch the network for an untrusted workspace, whatever its settings say.
      checkExternalLinks: trusted && Flag.from(get(SETTING_KEYS.checkExternalLinks), defaults.checkExternalLinks),
      librarian: TextSetting.from(get(SETTING_KEYS.librarian)),
      includeStarterLibrary: Flag.from(get(SETTING_KEYS.includeStarterLibrary), defaults.includeStarterLibrary),
      maxDocumentKB: SizeLimit.from(get(SETTING_KEYS.maxDocumentKB), defaults.maxDocumentKB),
    };
  }
}
