/**
 * The Prompt Library view (`copydesk.promptLibrary`): the libraries' prompts by library, channel
 * and tag (core/library/library-tree.ts), in the writer's mode (approved prompts, deprecated ones
 * marked with their replacement) or the librarian's (every status), narrowed by a filter line. The
 * tree is built once per change of the libraries, the mode or the filter, never per expand.
 *
 * While the workspace has no library of its own the view is empty, so VS Code shows its welcome
 * view (`copydesk.library.none`) with Create Prompt Library; the starter prompts stay offered by
 * Insert Approved Prompt.
 */
import * as vscode from "vscode";
import type { LibraryEntry } from "../../core/library/library-index.js";
import type { LibraryFilter } from "../../core/library/library-filter.js";
import type { LibraryMode, LibraryTree } from "../../core/library/library-tree.js";
import { loadCore, type Core } from "../core.js";
import { COMMANDS, CONTEXT_KEYS, VIEWS } from "../ids.js";
import type { LibraryDeps } from "./deps.js";
import { registerPromptPreview } from "./preview.js";
import { uriOf, type LibrarySource, type LibraryStore } from "./store.js";
import { createLibrary } from "./view-create.js";
import { groupItem, promptItem, promptTooltip, type ViewNode, type ViewPromptNode } from "./view-items.js";

/** workspaceState key of the view's mode. */
const MODE_STATE = "copydesk.library.mode";

interface Built {
  readonly sources: readonly LibrarySource[];
  readonly key: string;
  readonly tree: LibraryTree<LibraryEntry>;
  /** False while the workspace has no library of its own: the view stays empty for the welcome view. */
  readonly hasWorkspaceLibrary: boolean;
  byId?: Map<string, ViewNode>;
}

/** The view's data, as the extension API exposes it to tests and benchmarks. */
export class LibraryView implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private built: Built | undefined;
  private core: Core | undefined;
  private filterText: string | undefined;
  private filterValue: LibraryFilter | undefined;
  private currentMode: LibraryMode;
  /** The tree view (undefined until registered). */
  treeView: vscode.TreeView<ViewNode> | undefined;

  constructor(
    private readonly store: LibraryStore,
    private readonly state: vscode.Memento,
  ) {
    this.currentMode = state.get<LibraryMode>(MODE_STATE) === "librarian" ? "librarian" : "writer";
    this.disposables.push(store.onDidChange(() => this.changed.fire(undefined)));
  }

  get mode(): LibraryMode {
    return this.currentMode;
  }

  /** The filter line in force (canonical form), or undefined. */
  get filter(): string | undefined {
    return this.filterText;
  }

  async setMode(mode: LibraryMode): Promise<void> {
    this.currentMode = mode;
    await this.state.update(MODE_STATE, mode);
    await vscode.commands.executeCommand("setContext", CONTEXT_KEYS.showAllPrompts, mode === "librarian");
    await this.changedNow();
  }

  /** Sets the filter from a line (`channel:email tag:trial words`); returns the problem when the line is not valid. */
  async setFilter(line: string | undefined): Promise<string | undefined> {
    const core = await this.loadedCore();
    const parsed = core.parseLibraryFilter(line ?? "");
    if (!parsed.ok) return parsed.message;
    this.filterValue = parsed.filter;
    this.filterText = parsed.filter ? core.formatLibraryFilter(parsed.filter) : undefined;
    await vscode.commands.executeCommand("setContext", CONTEXT_KEYS.libraryFiltered, this.filterText !== undefined);
    await this.changedNow();
    return undefined;
  }

  /** After a change of mode or filter: the view's description and message at once, then its items. */
  private async changedNow(): Promise<void> {
    if (this.treeView) this.describe(await this.build());
    this.changed.fire(undefined);
  }

  async getChildren(node?: ViewNode): Promise<ViewNode[]> {
    const built = await this.build();
    if (!node) {
      this.describe(built);
      return built.hasWorkspaceLibrary ? [...built.tree.roots] : [];
    }
    if (node.kind === "prompt") return [];
    const current = this.current(node, built);
    return current && current.kind !== "prompt" ? [...current.children] : [];
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const core = this.core!;
    const source = this.sourceOf(node.sourceKey);
    if (node.kind === "prompt") return promptItem(core, node, source);
    return groupItem(node, this.built?.tree.shown ?? 0, source?.kind === "starter");
  }

  resolveTreeItem(item: vscode.TreeItem, node: ViewNode): vscode.TreeItem {
    if (node.kind === "prompt" && this.core) item.tooltip = promptTooltip(this.core, node, this.sourceOf(node.sourceKey));
    return item;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return node.parent;
  }

  /** The library a node's prompt belongs to, and the prompt file. */
  locate(node: ViewPromptNode): { source: LibrarySource; uri: vscode.Uri } | undefined {
    const source = this.sourceOf(node.sourceKey);
    return source && { source, uri: uriOf(source, node.entry.path) };
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private async loadedCore(): Promise<Core> {
    return (this.core ??= await loadCore());
  }

  private sourceOf(key: string): LibrarySource | undefined {
    return (this.built?.sources ?? this.store.loaded())?.find((s) => s.key === key);
  }

  /** The tree for the current libraries, mode and filter: reused until one of them changes. */
  private async build(): Promise<Built> {
    const core = await this.loadedCore();
    // Painted from the libraries' snapshots when they have them; the store fires a change if the files differ.
    const sources = await this.store.shown();
    const key = `${this.currentMode}\u0000${this.filterText ?? ""}\u0000${sources.map((s) => `${s.key}:${s.index.generation}`).join("\u0000")}`;
    if (this.built && this.built.sources === sources && this.built.key === key) return this.built;
    const tree = core.buildLibraryTree(
      sources.map((s) => ({ key: s.key, label: s.label, prompts: s.index.list() })),
      { mode: this.currentMode, filter: this.filterValue },
    );
    const hasWorkspaceLibrary = sources.some((s) => s.kind === "workspace" && s.index.list().length > 0);
    return (this.built = { sources, key, tree, hasWorkspaceLibrary });
  }

  /** The node of the current tree with this node's id (VS Code may hold nodes of an earlier tree). */
  private current(node: ViewNode, built: Built): ViewNode | undefined {
    let top: ViewNode = node;
    while (top.parent) top = top.parent;
    if (built.tree.roots.includes(top)) return node;
    if (!built.byId) {
      built.byId = new Map();
      const walk = (nodes: readonly ViewNode[]) => {
        for (const n of nodes) {
          built.byId!.set(n.id, n);
          if (n.kind !== "prompt") walk(n.children);
        }
      };
      walk(built.tree.roots);
    }
    return built.byId.get(node.id);
  }

  /** The view's description (mode and filter) and its message when nothing is shown. */
  private describe(built: Built): void {
    const view = this.treeView;
    if (!view) return;
    const parts = [...(this.currentMode === "librarian" ? ["every status"] : []), ...(this.filterText ? [`filter: ${this.filterText}`] : [])];
    view.description = parts.join(" · ") || undefined;
    const { tree } = built;
    let message: string | undefined;
    if (built.hasWorkspaceLibrary && tree.shown === 0) {
      if (this.filterText) {
        const writerNote = this.currentMode === "writer" && tree.inMode < tree.total ? " among the approved prompts (Show Every Prompt to include drafts, reviews and retired ones)" : "";
        message = `No prompts match “${this.filterText}”${writerNote}. Clear the filter to see them all.`;
      } else message = "No approved prompts yet. Show Every Prompt (the librarian's view) to see drafts and prompts in review.";
    }
    view.message = message;
  }
}

export function registerLibraryView(deps: LibraryDeps): vscode.Disposable[] {
  const view = new LibraryView(deps.store, deps.context.workspaceState);
  const treeView = vscode.window.createTreeView(VIEWS.promptLibrary, { treeDataProvider: view, showCollapseAll: true });
  view.treeView = treeView;
  void vscode.commands.executeCommand("setContext", CONTEXT_KEYS.showAllPrompts, view.mode === "librarian");
  void vscode.commands.executeCommand("setContext", CONTEXT_KEYS.libraryFiltered, false);
  const register = vscode.commands.registerCommand;
  return [
    view,
    treeView,
    register(COMMANDS.refreshLibrary, () => deps.store.refresh({ reread: true })),
    register(COMMANDS.showAllPrompts, () => view.setMode("librarian")),
    register(COMMANDS.showApprovedPrompts, () => view.setMode("writer")),
    register(COMMANDS.clearLibraryFilter, () => view.setFilter(undefined)),
    register(COMMANDS.filterLibrary, (line?: unknown) => filterLibrary(view, line)),
    register(COMMANDS.openPrompt, (target?: unknown) => openPrompt(deps.store, view, target)),
    register(COMMANDS.createLibrary, () => createLibrary(deps)),
    ...registerPromptPreview(deps, (node) => view.locate(node)?.uri),
  ];
}

/** The view's LibraryView among the disposables `registerLibrary` returned (for the extension API). */
export function libraryViewOf(disposables: readonly vscode.Disposable[]): LibraryView | undefined {
  return disposables.find((d): d is LibraryView => d instanceof LibraryView);
}

/** Asks for the filter line (or takes it as the argument); resolves to whether a filter was applied. */
async function filterLibrary(view: LibraryView, given: unknown): Promise<boolean> {
  const core = await loadCore();
  let line = typeof given === "string" ? given : undefined;
  if (line === undefined) {
    line = await vscode.window.showInputBox({
      title: "Filter the Prompt Library",
      value: view.filter ?? "",
      prompt: "Words to search for, and any of status:, channel:, tag: (commas give alternatives). Empty clears the filter.",
      placeHolder: "channel:email tag:trial status:approved welcome",
      validateInput: (text) => {
        const parsed = core.parseLibraryFilter(text);
        return parsed.ok ? undefined : parsed.message;
      },
    });
    if (line === undefined) return false;
  }
  const problem = await view.setFilter(line);
  if (problem) void vscode.window.showErrorMessage(`Copydesk: ${problem}`);
  return problem === undefined && view.filter !== undefined;
}

/** Opens a prompt's file: from a node of the view, a prompt id, or a URI. */
async function openPrompt(store: LibraryStore, view: LibraryView, target: unknown): Promise<vscode.TextEditor | undefined> {
  let uri: vscode.Uri | undefined;
  if (target instanceof vscode.Uri) uri = target;
  else if (typeof target === "string") {
    const found = await store.find(target, vscode.window.activeTextEditor?.document.uri);
    if (!found) {
      void vscode.window.showErrorMessage(`Copydesk: no prompt has the id “${target}” in the workspace's libraries or the starter library.`);
      return undefined;
    }
    uri = uriOf(found.source, found.entry.path);
  } else if (isPromptNode(target)) uri = view.locate(target)?.uri;
  if (!uri) {
    void vscode.window.showInformationMessage("Copydesk: choose a prompt in the Prompt Library view to open it.");
    return undefined;
  }
  return vscode.window.showTextDocument(uri, { preview: true });
}

export function isPromptNode(value: unknown): value is ViewPromptNode {
  return typeof value === "object" && value !== null && (value as ViewNode).kind === "prompt" && typeof (value as ViewPromptNode).entry?.path === "string";
}
