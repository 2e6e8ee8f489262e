/**
 * `/prompt` completions in Markdown and plain text: a slash at the start of a line offers the
 * approved prompts (deprecated ones after them, with the warning); accepting one removes the
 * `/prompt…` text and runs Insert Approved Prompt for it, which asks for the variables and inserts.
 * The rows come from the in-memory library index, the same search as the QuickPick's.
 */
import * as vscode from "vscode";
import { COMMANDS } from "../ids.js";
import type { CompletionTrigger } from "./insert-flow.js";
import type { LibraryStore } from "./store.js";

export const COMPLETION_SELECTOR: vscode.DocumentSelector = [{ language: "markdown" }, { language: "plaintext" }];
export const COMPLETION_TRIGGER = "/";
const MAX_COMPLETIONS = 100;

export class PromptCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly store: LibraryStore) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const prefix = document.lineAt(position.line).text.slice(0, position.character);
    // Cheap first: most slashes are not a `/prompt` at the start of a line.
    if (!prefix.includes("/")) return undefined;
    const [core, sources] = await Promise.all([this.store.core(), this.store.sources()]);
    const trigger = core.completionTrigger(prefix);
    if (!trigger) return undefined;
    // Not inside the library's own files (see insert-flow.ts).
    if (sources.some((s) => s.base.scheme === document.uri.scheme && s.base.authority === document.uri.authority && s.index.contains(document.uri.path))) return undefined;
    const groups = sources.map((s) => ({ key: s.key, label: s.label, entries: s.index.list() }));
    const rows = core.pickRows(groups, trigger.query, { limit: MAX_COMPLETIONS, separators: false });
    const range = new vscode.Range(position.line, trigger.indent, position.line, position.character);
    const removed: CompletionTrigger = { uri: document.uri.toString(), line: position.line, character: trigger.indent, text: trigger.text };
    const items: vscode.CompletionItem[] = [];
    let rank = 0;
    for (const row of rows) {
      if (row.kind !== "prompt") continue;
      const item = new vscode.CompletionItem({ label: row.label, description: row.description }, vscode.CompletionItemKind.Snippet);
      item.detail = row.deprecated ? `⚠ ${row.detail}` : row.detail;
      item.documentation = new vscode.MarkdownString().appendText(`Insert Approved Prompt: ${row.label} (${row.description}). You fill in its variables next.`);
      item.range = range;
      item.insertText = "";
      // What was typed, then the id and title: what is typed always matches, so the search decides.
      item.filterText = `${trigger.text} ${row.id} ${row.label}`;
      // Approved first (pickRows lists a library's approved rows first), in search order.
      item.sortText = `${row.deprecated ? 1 : 0}${String(rank++).padStart(5, "0")}`;
      item.command = { command: COMMANDS.insertPrompt, title: "Insert Approved Prompt", arguments: [{ id: row.id, group: row.group, path: row.entry.path, trigger: removed }] };
      items.push(item);
    }
    // More prompts than shown: ask again as the writer types more of `/prompt-…`.
    return new vscode.CompletionList(items, rows.some((r) => r.kind === "more"));
  }
}
