/**
 * The Prompt Library view's tree items: groups (library, channel, tag) and prompts, with their
 * status icons, descriptions, context values and Markdown tooltips. The text comes from core.
 */
import * as vscode from "vscode";
import type { LibraryEntry } from "../../core/library/library-index.js";
import type { GroupNode, PromptNode, TreeNode } from "../../core/library/library-tree.js";
import type { Core } from "../core.js";
import { COMMANDS, promptContextValue } from "../ids.js";
import type { LibrarySource } from "./store.js";

export type ViewNode = TreeNode<LibraryEntry>;
export type ViewPromptNode = PromptNode<LibraryEntry>;

/** Each status's icon and colour (a ThemeIcon id and a theme colour id). */
export const STATUS_ICONS: Readonly<Record<string, { readonly id: string; readonly color?: string }>> = {
  approved: { id: "pass", color: "testing.iconPassed" },
  draft: { id: "edit", color: "descriptionForeground" },
  review: { id: "git-pull-request", color: "charts.blue" },
  deprecated: { id: "warning", color: "list.warningForeground" },
  retired: { id: "archive", color: "disabledForeground" },
};
const UNKNOWN_STATUS = { id: "question", color: "list.errorForeground" };

/** Groups start expanded down to the tags (the starter library collapsed); tags too while the view shows few prompts. */
const EXPAND_TAGS_UP_TO = 30;

export function groupItem(node: GroupNode<LibraryEntry>, shown: number, starter: boolean): vscode.TreeItem {
  const expanded = node.kind === "source" ? !starter : node.kind === "channel" || shown <= EXPAND_TAGS_UP_TO;
  const item = new vscode.TreeItem(node.label, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = String(node.count);
  item.contextValue = `library.${node.kind}`;
  item.iconPath = new vscode.ThemeIcon(node.kind === "source" ? (starter ? "package" : "root-folder") : node.kind === "channel" ? "broadcast" : "tag");
  item.tooltip = `${node.label}: ${node.count} prompt${node.count === 1 ? "" : "s"}`;
  return item;
}

export function promptItem(core: Core, node: ViewPromptNode, source: LibrarySource | undefined): vscode.TreeItem {
  const summary = node.entry.summary;
  const item = new vscode.TreeItem(summary.title ?? summary.id ?? node.entry.relativePath, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = core.promptDescription(summary);
  const icon = STATUS_ICONS[summary.status ?? ""] ?? UNKNOWN_STATUS;
  item.iconPath = new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
  item.contextValue = promptContextValue(summary.status, source?.editable ?? false);
  item.command = { command: COMMANDS.openPrompt, title: "Open Prompt", arguments: [node] };
  item.accessibilityInformation = { label: `${item.label as string}, ${item.description}` };
  return item;
}

/** The tooltip, from the full parse of the prompt (made on first hover, then kept by the index). */
export function promptTooltip(core: Core, node: ViewPromptNode, source: LibrarySource | undefined): vscode.MarkdownString {
  const parsed = node.entry.parsed();
  const fields = parsed.fields;
  const markdown = core.promptTooltip({
    summary: node.entry.summary,
    relativePath: node.entry.relativePath,
    library: source?.label ?? "",
    variables: fields.variables,
    approvals: fields.approvals ?? undefined,
    reviewBy: fields.reviewBy,
  });
  return new vscode.MarkdownString(markdown);
}
