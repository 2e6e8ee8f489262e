/**
 * Insert Approved Prompt, step by step: pick a prompt (unless one is given), confirm a deprecated
 * one or take its replacement, ask for each variable in order, then replace the primary selection
 * with the rendered prompt and its provenance stamp in one undoable edit. Escape at any step
 * changes nothing. The questions go through a PromptUi (insert-ui.ts), so tests can script them.
 */
import * as vscode from "vscode";
import type { LibraryEntry } from "../../core/library/library-index.js";
import type { PromptRow } from "../../core/library/prompt-picker.js";
import { windowUi, type PromptUi } from "./insert-ui.js";
import type { LibrarySource, LibraryStore, LocatedEntry } from "./store.js";

/** The `/prompt` text a completion removed, put back when the writer cancels. */
export interface CompletionTrigger {
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

export interface InsertPromptOptions {
  /** The prompt to insert, skipping the picker: its id, or a prompt of the view (a LocatedEntry). */
  readonly prompt?: unknown;
  /** The questions (default: the workbench's QuickPick and InputBoxes). */
  readonly ui?: PromptUi;
  /** The editor to insert into (default: the active one). */
  readonly editor?: vscode.TextEditor;
  readonly trigger?: CompletionTrigger;
}

export type InsertOutcome =
  | { readonly status: "inserted"; readonly id: string; readonly version: string; readonly text: string; readonly range: vscode.Range }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly message: string };

interface PromptRef {
  readonly id: string;
  readonly group?: string;
  readonly path?: string;
}

export async function insertPrompt(store: LibraryStore, log: vscode.LogOutputChannel, options: InsertPromptOptions = {}): Promise<InsertOutcome> {
  const ui = options.ui ?? windowUi;
  const editor = options.editor ?? vscode.window.activeTextEditor;
  if (!editor) return failed("There is no active text editor. Open the Markdown or text file you are writing, put the cursor where the prompt goes, and run Copydesk: Insert Approved Prompt… again.");
  const document = editor.document;
  const [core, sources] = await Promise.all([store.core(), store.sources()]);
  const home = sources.find((s) => sameAuthority(s.base, document.uri) && s.index.contains(document.uri.path));
  if (home) {
    return failed(`${vscode.workspace.asRelativePath(document.uri)} is a file of the prompt library. Prompts are inserted into copy, not into other prompts: open the draft you are writing. To start a new prompt, use Copydesk: New Prompt….`);
  }
  const cancelled = async (): Promise<InsertOutcome> => {
    await restoreTrigger(editor, options.trigger);
    return { status: "cancelled" };
  };

  let chosen: LocatedEntry | undefined;
  const ref = promptRef(options.prompt);
  if (ref) {
    chosen = locate(sources, ref) ?? (await store.find(ref.id, document.uri));
    if (!chosen) return failed(`There is no prompt ${ref.id} in the prompt library. Check the id, or refresh the library (Copydesk: Refresh Prompt Library).`);
    const reason = core.notOfferedReason(chosen.entry.summary, core.EDITOR_STEPS);
    if (reason) return failed(reason);
  } else {
    const offered = sources.reduce((n, s) => n + s.index.list().filter((e) => e.summary.status === "approved" || e.summary.status === "deprecated").length, 0);
    if (offered === 0) {
      const empty = sources.every((s) => s.index.list().length === 0);
      return failed(
        empty
          ? "The prompt library is empty: this workspace has no prompts and the starter library is off. Create a library (Copydesk: Create Prompt Library from the Starter Prompts) or turn on copydesk.library.includeStarter."
          : "The prompt library has no approved prompts yet. A librarian approves prompts with Copydesk: Approve Prompt.",
      );
    }
    const picker = new core.PromptPicker(sources.map((s) => ({ key: s.key, label: s.label, entries: s.index.list() })));
    const row: PromptRow | undefined = await ui.pickPrompt({
      title: "Insert Approved Prompt",
      placeholder: `Search ${offered} prompt${offered === 1 ? "" : "s"} by title, description, tag or id`,
      rows: (query) => picker.rows(query),
    });
    if (!row) return cancelled();
    const source = sources.find((s) => s.key === row.group);
    const entry = source?.index.byPath(row.entry.path);
    if (!source || !entry) return failed(`${row.id} is no longer in the prompt library (its file changed while the list was open). Run the command again.`);
    chosen = { source, entry };
  }

  if (chosen.entry.summary.status === "deprecated") {
    const s = chosen.entry.summary;
    const lookup = [chosen.source, ...sources.filter((x) => x !== chosen!.source)];
    const replacement = core.approvedReplacement(s.replacedBy, (id) => {
      for (const source of lookup) {
        const entry = source.index.get(id);
        if (entry) return { source, entry, summary: entry.summary };
      }
      return undefined;
    });
    const named = s.replacedBy ? `Use ${s.replacedBy} instead` : "No replacement is named";
    const answer = await ui.confirmDeprecated({
      message: `${describe(chosen.entry)} is deprecated. ${named}.`,
      detail: replacement
        ? `"Use the replacement" inserts ${describe(replacement.entry)}. Copy stamped with a deprecated prompt is reported by Brand QA (library/deprecated-prompt).`
        : `${s.replacedBy ? `${s.replacedBy} is not an approved prompt, so only this one can be inserted. ` : ""}Copy stamped with a deprecated prompt is reported by Brand QA (library/deprecated-prompt).`,
      replacementLabel: replacement ? describe(replacement.entry) : undefined,
    });
    if (answer === undefined) return cancelled();
    if (answer === "replacement" && replacement) chosen = { source: replacement.source, entry: replacement.entry };
  }

  const entry = chosen.entry;
  const parsed = entry.parsed();
  if (!parsed.data || parsed.template.error) {
    return failed(`${describe(entry)} has errors in its file (${entry.relativePath}), so it cannot be inserted. Ask a librarian to fix it; copydesk library check lists the errors.`);
  }
  const unapproved = core.approvalProblem(parsed);
  if (unapproved) return failed(unapproved);
  const title = parsed.data.title;
  const inputs = core.variableInputs(parsed);
  const values: Record<string, string> = {};
  for (const [i, input] of inputs.entries()) {
    const common = { title: core.inputTitle(title, input, i + 1, inputs.length), step: i + 1, totalSteps: inputs.length, prompt: input.description };
    const value = input.choices
      ? await ui.pickChoice({ ...common, choices: input.choices, default: input.default })
      : await ui.inputValue({ ...common, value: input.default ?? "", placeholder: input.example, validate: (v) => core.validateVariableValue(input, v) });
    if (value === undefined) return cancelled();
    values[input.name] = value;
  }
  const rendered = core.renderPrompt(parsed, values, { steps: core.EDITOR_STEPS });
  if (!rendered.ok) return failed(`${describe(entry)} could not be filled in: ${rendered.problems.map((p) => p.message).join(" ")}`);

  if (document.isClosed) return failed(`${vscode.workspace.asRelativePath(document.uri)} was closed before the prompt was inserted; nothing was changed.`);
  const selection = editor.selection;
  const text = core.insertionText(rendered.text, {
    before: document.lineAt(selection.start.line).text.slice(0, selection.start.character),
    after: document.lineAt(selection.end.line).text.slice(selection.end.character),
    eol: document.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n",
  });
  const start = document.offsetAt(selection.start);
  const applied = await editor.edit((edit) => edit.replace(selection, text), { undoStopBefore: true, undoStopAfter: true });
  if (!applied) return failed(`VS Code did not insert the prompt into ${vscode.workspace.asRelativePath(document.uri)}: the editor may be read-only.`);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(start + text.length));
  editor.selection = new vscode.Selection(range.end, range.end);
  editor.revealRange(range);
  log.info(`inserted ${parsed.data.id}@${parsed.data.version} into ${vscode.workspace.asRelativePath(document.uri)}`);
  return { status: "inserted", id: parsed.data.id, version: parsed.data.version, text, range };
}

function failed(message: string): InsertOutcome {
  void vscode.window.showErrorMessage(message);
  return { status: "failed", message };
}

function describe(entry: LibraryEntry): string {
  const s = entry.summary;
  return `"${s.title ?? s.id}" (${s.id}@${s.version ?? "?"})`;
}

/** The prompt a command argument names: an id, `{ id, group?, path? }`, or a LocatedEntry (the view's items). */
function promptRef(arg: unknown): PromptRef | undefined {
  if (typeof arg === "string") return arg.trim() ? { id: arg.trim() } : undefined;
  // The editor's context menu passes the document's URI: no prompt is named.
  if (!arg || typeof arg !== "object" || arg instanceof vscode.Uri) return undefined;
  const o = arg as { id?: unknown; group?: unknown; path?: unknown; entry?: unknown; source?: unknown; prompt?: unknown };
  if (typeof o.id === "string" && o.id) return { id: o.id, group: typeof o.group === "string" ? o.group : undefined, path: typeof o.path === "string" ? o.path : undefined };
  const located = (o.entry ? o : o.prompt) as { entry?: { path?: unknown; summary?: { id?: unknown } }; source?: { key?: unknown } } | undefined;
  const id = located?.entry?.summary?.id;
  if (typeof id !== "string") return undefined;
  return { id, group: typeof located?.source?.key === "string" ? located.source.key : undefined, path: typeof located?.entry?.path === "string" ? located.entry.path : undefined };
}

function locate(sources: readonly LibrarySource[], ref: PromptRef): LocatedEntry | undefined {
  if (ref.group === undefined || ref.path === undefined) return undefined;
  const source = sources.find((s) => s.key === ref.group);
  const entry = source?.index.byPath(ref.path);
  return source && entry && entry.summary.id === ref.id ? { source, entry } : undefined;
}

async function restoreTrigger(editor: vscode.TextEditor, trigger: CompletionTrigger | undefined): Promise<void> {
  if (!trigger || editor.document.isClosed || editor.document.uri.toString() !== trigger.uri) return;
  const at = new vscode.Position(trigger.line, trigger.character);
  if (!editor.selection.isEmpty || !editor.selection.active.isEqual(at)) return;
  await editor.edit((edit) => edit.insert(at, trigger.text), { undoStopBefore: false, undoStopAfter: false });
}

function sameAuthority(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.scheme === b.scheme && a.authority === b.authority;
}
