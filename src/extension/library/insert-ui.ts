/**
 * The questions Insert Approved Prompt asks, behind one interface: the real one shows a QuickPick
 * and InputBoxes; tests give a scripted one (through the extension API's `insertPrompt`), so the
 * flow is tested step by step in the extension host while the UI tests drive the real widgets.
 */
import * as vscode from "vscode";
import type { PickRow, PromptRow } from "../../core/library/prompt-picker.js";

export interface PickPromptRequest {
  readonly title: string;
  readonly placeholder: string;
  /** The rows for what is typed; called again on every keystroke. */
  rows(query: string): readonly PickRow[];
}

export interface ChoiceRequest {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
  /** The variable's description. */
  readonly prompt: string;
  /** The enum values, the default first. */
  readonly choices: readonly string[];
  readonly default: string | undefined;
}

export interface ValueRequest {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
  /** The variable's description. */
  readonly prompt: string;
  /** Pre-filled: the default, or "". */
  readonly value: string;
  /** The example, as a hint. */
  readonly placeholder: string | undefined;
  /** The message for a value as it is typed, or undefined when it is fine. */
  validate(value: string): string | undefined;
}

export interface DeprecatedRequest {
  readonly message: string;
  readonly detail: string;
  /** The button that inserts the replacement instead, when there is an approved one. */
  readonly replacementLabel: string | undefined;
}

export type DeprecatedChoice = "replacement" | "anyway" | undefined;

/** Every step resolves with undefined when the writer cancels (Escape). */
export interface PromptUi {
  pickPrompt(request: PickPromptRequest): Promise<PromptRow | undefined>;
  pickChoice(request: ChoiceRequest): Promise<string | undefined>;
  inputValue(request: ValueRequest): Promise<string | undefined>;
  confirmDeprecated(request: DeprecatedRequest): Promise<DeprecatedChoice>;
}

export const USE_REPLACEMENT = "Use the replacement";
export const INSERT_ANYWAY = "Insert anyway";

type RowItem = vscode.QuickPickItem & { readonly row?: PickRow };

/** QuickPick items for rows: a separator per library, a warning icon on deprecated prompts. */
export function quickPickItems(rows: readonly PickRow[]): RowItem[] {
  return rows.map((row): RowItem => {
    switch (row.kind) {
      case "separator":
        return { kind: vscode.QuickPickItemKind.Separator, label: row.label };
      case "more":
        return { label: `$(ellipsis) ${row.label}`, detail: row.detail, alwaysShow: true, row };
      default:
        return { label: row.deprecated ? `$(warning) ${row.label}` : row.label, description: row.description, detail: row.detail, alwaysShow: true, row };
    }
  });
}

/**
 * Shows a QuickPick or InputBox and resolves with what `wire` settles on through `finish` (the
 * first call wins), or undefined when it is hidden (Escape); the widget is disposed either way.
 */
function ask<T, W extends vscode.QuickPick<any> | vscode.InputBox>(widget: W, wire: (finish: (value: T | undefined) => void) => void): Promise<T | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      widget.dispose();
    };
    wire(finish);
    widget.onDidHide(() => finish(undefined));
    widget.show();
  });
}

/** The real questions, in the workbench's QuickPick and InputBox. */
export const windowUi: PromptUi = {
  pickPrompt(request) {
    const pick = vscode.window.createQuickPick<RowItem>();
    pick.title = request.title;
    pick.placeholder = request.placeholder;
    // The library search finds and ranks (over id, title, tags and description, which the
    // QuickPick's own fuzzy filter cannot weigh); every item is `alwaysShow` so the QuickPick keeps
    // them, and it must not re-sort them by label (`sortByLabel` is honoured by the extension
    // host's QuickPick though not yet in the typed API; without it label matches come first).
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    (pick as { sortByLabel?: boolean }).sortByLabel = false;
    pick.items = quickPickItems(request.rows(""));
    return ask<PromptRow, typeof pick>(pick, (finish) => {
      pick.onDidChangeValue((value) => (pick.items = quickPickItems(request.rows(value))));
      pick.onDidAccept(() => {
        const row = (pick.selectedItems[0] ?? pick.activeItems[0])?.row;
        if (row?.kind === "prompt") finish(row);
      });
    });
  },

  pickChoice(request) {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
    pick.title = request.title;
    pick.step = request.step;
    pick.totalSteps = request.totalSteps;
    pick.placeholder = request.prompt;
    pick.items = request.choices.map((c) => ({ label: c, description: c === request.default ? "default" : undefined }));
    pick.activeItems = pick.items.slice(0, 1);
    return ask<string, typeof pick>(pick, (finish) => {
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (item) finish(item.label);
      });
    });
  },

  inputValue(request) {
    const input = vscode.window.createInputBox();
    input.title = request.title;
    input.step = request.step;
    input.totalSteps = request.totalSteps;
    input.prompt = request.prompt;
    input.value = request.value;
    input.placeholder = request.placeholder;
    // Nothing is wrong before anything is typed; a required field left empty says so on Enter.
    input.validationMessage = request.value === "" ? undefined : request.validate(request.value);
    return ask<string, typeof input>(input, (finish) => {
      input.onDidChangeValue((value) => (input.validationMessage = request.validate(value)));
      input.onDidAccept(() => {
        const message = request.validate(input.value);
        if (message) input.validationMessage = message;
        else finish(input.value);
      });
    });
  },

  async confirmDeprecated(request) {
    const buttons = request.replacementLabel ? [USE_REPLACEMENT, INSERT_ANYWAY] : [INSERT_ANYWAY];
    const answer = await vscode.window.showWarningMessage(request.message, { modal: true, detail: request.detail }, ...buttons);
    return answer === USE_REPLACEMENT ? "replacement" : answer === INSERT_ANYWAY ? "anyway" : undefined;
  },
};
