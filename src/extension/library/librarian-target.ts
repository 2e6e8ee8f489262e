import * as vscode from "vscode";
import type { LibraryStore, LocatedEntry } from "./store.js";
import { uriOf } from "./store.js";

/** What a librarian command acts on: the prompt's file, opened, and its library. */
export interface PromptTarget {
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument;
  readonly located: LocatedEntry;
}

/** A refusal the command shows as an error message (and returns). */
export class Refusal extends Error {}

/**
 * The prompt a command argument names: a URI (or its string), a prompt id, or an object with
 * `uri`, `resourceUri`, `entry` (a library entry, or `{source, entry}`) or `id` (a view item).
 * Without one: the active editor's prompt, else the user picks among the workspace's prompts.
 * Resolves to undefined when the user cancels.
 */
export async function promptUri(store: LibraryStore, arg: unknown, action: string): Promise<vscode.Uri | undefined> {
  const named = await fromArgument(store, arg);
  if (named) return named;
  if (arg !== undefined && arg !== null) throw new Refusal(`Copydesk cannot tell which prompt to ${action} from ${describe(arg)}. Open the prompt and run the command again.`);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && (await store.sourceFor(active))) {
    const located = await store.entryFor(active);
    if (located) return active;
  }
  const sources = await store.workspaceSources();
  const items = sources.flatMap((source) =>
    source.index.list().map((entry) => ({
      label: entry.summary.id!,
      description: `${entry.summary.status ?? "no status"} · ${entry.summary.version ?? "no version"}${sources.length > 1 ? ` · ${source.label}` : ""}`,
      detail: entry.summary.title,
      uri: uriOf(source, entry.path),
    })),
  );
  if (items.length === 0) throw new Refusal("The workspace has no prompts. Create one with `Copydesk: New Prompt…`, or create a library from the starter prompts.");
  const picked = await vscode.window.showQuickPick(items, { title: `Which prompt do you want to ${action}?`, placeHolder: "Type to search by id", matchOnDescription: true, matchOnDetail: true });
  return picked?.uri;
}

async function fromArgument(store: LibraryStore, arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === "string") {
    if (/^[a-z][a-z0-9+.-]*:\//i.test(arg)) return vscode.Uri.parse(arg);
    const found = await findWorkspacePrompt(store, arg);
    if (!found) throw new Refusal(`The workspace's library has no prompt "${arg}".`);
    return found;
  }
  if (!arg || typeof arg !== "object") return undefined;
  const o = arg as Record<string, unknown>;
  for (const key of ["uri", "resourceUri"]) {
    const v = o[key];
    if (v instanceof vscode.Uri) return v;
    if (typeof v === "string" && v) return vscode.Uri.parse(v);
  }
  const entry = o.entry as Record<string, unknown> | undefined;
  if (entry && typeof entry === "object") {
    const inner = (entry.entry ?? entry) as Record<string, unknown>;
    const path = inner.path;
    if (typeof path === "string") {
      for (const source of await store.sources()) if (source.index.byPath(path)) return uriOf(source, path);
    }
    const sourceOf = entry.source as { base?: vscode.Uri } | undefined;
    if (typeof path === "string" && sourceOf?.base instanceof vscode.Uri) return sourceOf.base.with({ path });
  }
  if (typeof o.id === "string") return fromArgument(store, o.id);
  return undefined;
}

async function findWorkspacePrompt(store: LibraryStore, id: string): Promise<vscode.Uri | undefined> {
  const near = vscode.window.activeTextEditor?.document.uri;
  const found = await store.find(id, near);
  return found ? uriOf(found.source, found.entry.path) : undefined;
}

function describe(arg: unknown): string {
  try {
    return `the argument ${JSON.stringify(arg)?.slice(0, 80) ?? String(arg)}`;
  } catch {
    return "its argument";
  }
}

/**
 * Opens the prompt's document and makes sure the library indexes exactly its text (an unsaved
 * buffer included), refusing files that are not prompts of an editable library.
 */
export async function openTarget(store: LibraryStore, uri: vscode.Uri): Promise<PromptTarget> {
  const document = await vscode.workspace.openTextDocument(uri);
  const source = await store.sourceFor(uri);
  if (!source) throw new Refusal(`${vscode.workspace.asRelativePath(uri)} is not in a prompt library (see \`library.roots\` in copydesk.yaml).`);
  if (!source.editable) throw new Refusal(`${vscode.workspace.asRelativePath(uri)} belongs to the starter library, which is read-only. Make your own copy with \`Copydesk: New Prompt…\` (choose it as the template).`);
  const text = document.getText();
  if (source.index.byPath(uri.path)?.text !== text) source.index.update(uri.path, text);
  const entry = source.index.byPath(uri.path);
  if (!entry || !entry.parsed().isPrompt) throw new Refusal(`${vscode.workspace.asRelativePath(uri)} is not a prompt: its front matter has no \`id:\`.`);
  const id = entry.summary.id;
  if (id !== undefined && source.index.withId(id).length > 1) {
    const paths = source.index.withId(id).map((e) => e.relativePath).join(", ");
    throw new Refusal(`The id ${id} is used by more than one prompt (${paths}); fix library/duplicate-id first.`);
  }
  return { uri, document, located: { source, entry } };
}
