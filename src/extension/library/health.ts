/**
 * `Copydesk: Show Library Health`: one webview panel with the health of the workspace's prompt
 * libraries (core/library/health.ts), drawn by core/library/health-html.ts under a strict
 * Content-Security-Policy, with its stylesheet and script from media/health/. It follows the
 * library while it is open; a click on a prompt or a copy file opens it at the line, for paths the
 * page was given only. A panel left open comes back, drawn afresh, after a window reload.
 */
import * as vscode from "vscode";
import type { CopyFile } from "../../core/library/health.js";
import type { HealthSection } from "../../core/library/health-html.js";
import { loadCore } from "../core.js";
import { COMMANDS, LIBRARY_HEALTH_VIEW_TYPE } from "../ids.js";
import { candidates } from "../workspace-lint.js";
import type { LibraryDeps } from "./deps.js";
import { uriOf, type LibrarySource } from "./store.js";

/** What the page's script posts: open this file at this line. */
export interface OpenMessage {
  readonly type: "open";
  readonly path: string;
  readonly line: number;
  readonly column?: number;
}

/** The panel as the extension's API shows it (for tests). */
export interface LibraryHealthApi {
  /** Opens the panel (or reveals it) and draws it again. */
  show(): Promise<void>;
  isOpen(): boolean;
  /** The HTML last given to the webview. */
  lastHtml(): string | undefined;
  /** The model last drawn, one section per workspace library. */
  sections(): readonly HealthSection[] | undefined;
  /** Handles a message as if the page had posted it; resolves to whether a file was opened. */
  receive(message: unknown): Promise<boolean>;
  /** Takes over a panel VS Code brings back after a reload (the serializer's job) and draws it. */
  restore(panel: vscode.WebviewPanel): Promise<void>;
}

const TITLE = "Library Health";
const REFRESH_DELAY_MS = 150;
const MAY_NAME_PROMPT = /copydesk\s+prompt\s*:|^prompt\s*:/im;

export class LibraryHealthPanel implements LibraryHealthApi, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private html: string | undefined;
  private drawn: readonly HealthSection[] | undefined;
  /** The files the page links to (core path → URI): the only ones a message may open. */
  private links = new Map<string, vscode.Uri>();
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: LibraryDeps) {
    this.disposables.push(
      deps.store.onDidChange(() => this.refreshSoon()),
      // Copy saved with a stamp, or a file that had one (it may have lost it).
      vscode.workspace.onDidSaveTextDocument((d) => this.panel && (this.links.has(d.uri.path) || MAY_NAME_PROMPT.test(d.getText())) && this.refreshSoon()),
    );
  }

  async show(): Promise<void> {
    if (this.panel) this.panel.reveal(undefined, false);
    else this.panel = this.create();
    await this.render();
  }

  isOpen(): boolean {
    return this.panel !== undefined;
  }

  lastHtml(): string | undefined {
    return this.html;
  }

  sections(): readonly HealthSection[] | undefined {
    return this.drawn;
  }

  async receive(message: unknown): Promise<boolean> {
    const open = parseOpenMessage(message);
    if (!open) {
      this.deps.log.warn(`Library Health: ignored a message from the page: ${JSON.stringify(message)?.slice(0, 200)}`);
      return false;
    }
    const uri = this.links.get(open.path);
    if (!uri || !isInsideLibraryOrWorkspace(uri, this.deps.store.loaded() ?? [])) {
      this.deps.log.warn(`Library Health: refused to open ${open.path}: the page does not link to it.`);
      return false;
    }
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const line = Math.min(open.line - 1, document.lineCount - 1);
      const position = new vscode.Position(line, Math.max(0, (open.column ?? 1) - 1));
      // Beside the panel when it is in the first column, so the panel stays in view.
      const viewColumn = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
      await vscode.window.showTextDocument(document, { viewColumn, selection: new vscode.Range(position, position) });
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(`Copydesk could not open ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}`);
      return false;
    }
  }

  async restore(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel && this.panel !== panel) {
      // One panel at a time: keep the one already open, close the one brought back.
      panel.dispose();
      this.panel.reveal(undefined, true);
      return;
    }
    panel.webview.options = this.webviewOptions();
    this.panel = this.adopt(panel);
    await this.render();
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.deps.context.extensionUri, "media")] };
  }

  private create(): vscode.WebviewPanel {
    return this.adopt(vscode.window.createWebviewPanel(LIBRARY_HEALTH_VIEW_TYPE, TITLE, vscode.ViewColumn.Active, this.webviewOptions()));
  }

  /** Gives a new or restored panel its icon and handlers. */
  private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    const extensionUri = this.deps.context.extensionUri;
    panel.title = TITLE;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, "media", "library.svg");
    panel.webview.onDidReceiveMessage((m) => void this.receive(m), undefined, this.disposables);
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      clearTimeout(this.timer);
    }, undefined, this.disposables);
    return panel;
  }

  private refreshSoon(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), REFRESH_DELAY_MS);
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const generation = ++this.generation;
    try {
      const core = await loadCore();
      const sources = await this.deps.store.workspaceSources();
      const today = core.todayUtc();
      const copy = await this.copyFiles(sources);
      const links = new Map<string, vscode.Uri>();
      const sections: HealthSection[] = [];
      for (const source of sources) {
        const checks = await core.checkLibrary(source.index, { config: source.config, today });
        const folder = source.folder!.uri;
        const mine = copy.filter((c) => vscode.workspace.getWorkspaceFolder(c.uri)?.uri.toString() === folder.toString());
        const lookup = await this.deps.store.lookupFor(folder);
        const health = core.libraryHealth({
          checks, library: lookup, config: source.config, today, copy: mine.map((c) => c.file),
          show: (path) => (path.startsWith(`${folder.path}/`) ? core.relative(folder.path, path) : path),
        });
        for (const check of checks) links.set(check.entry.path, uriOf(source, check.entry.path));
        for (const c of mine) links.set(c.file.path, c.uri);
        for (const use of health.deprecatedInUse) {
          const owner = this.deps.store.loaded()?.find((s) => s.index.byPath(use.prompt.path));
          if (owner) links.set(use.prompt.path, uriOf(owner, use.prompt.path));
        }
        sections.push({ label: source.label, health });
      }
      if (generation !== this.generation || this.panel !== panel) return;
      const webview = panel.webview;
      const media = vscode.Uri.joinPath(this.deps.context.extensionUri, "media", "health");
      const html = core.healthPage(sections, {
        cspSource: webview.cspSource,
        nonce: nonce(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, "health.css")).toString(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, "health.js")).toString(),
        title: sources.length > 1 ? "Prompt library health" : `Prompt library health: ${sources[0]?.label ?? "no library"}`,
      });
      this.links = links;
      this.drawn = sections;
      this.html = html;
      webview.html = html;
    } catch (error) {
      this.deps.log.error(`Library Health could not be drawn: ${(error as Error).stack ?? error}`);
      void vscode.window.showErrorMessage(`Copydesk could not compute the library's health: ${(error as Error).message}. See the Copydesk output for details.`);
    }
  }

  /** The workspace's copy (`files.include`, not the library), from open buffers or disk. */
  private async copyFiles(sources: readonly LibrarySource[]): Promise<{ uri: vscode.Uri; file: CopyFile }[]> {
    if (sources.length === 0) return [];
    const core = await loadCore();
    const token = new vscode.CancellationTokenSource();
    try {
      const out: { uri: vscode.Uri; file: CopyFile }[] = [];
      for (const candidate of await candidates(this.deps.configs, token.token)) {
        if (sources.some((s) => s.index.contains(candidate.uri.path))) continue;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === candidate.uri.toString());
        let text: string;
        if (open) text = open.getText();
        else {
          const decoded = core.decodeText(await vscode.workspace.fs.readFile(candidate.uri));
          if (decoded.binary) continue;
          text = decoded.text;
        }
        if (MAY_NAME_PROMPT.test(text)) out.push({ uri: candidate.uri, file: { path: candidate.uri.path, text } });
      }
      return out;
    } finally {
      token.dispose();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** A well-formed "open" message, or undefined. */
export function parseOpenMessage(message: unknown): OpenMessage | undefined {
  if (!message || typeof message !== "object") return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== "open" || typeof m.path !== "string" || !m.path.startsWith("/") || m.path.length > 4096) return undefined;
  if (typeof m.line !== "number" || !Number.isInteger(m.line) || m.line < 1) return undefined;
  const column = typeof m.column === "number" && Number.isInteger(m.column) && m.column >= 1 ? m.column : undefined;
  return { type: "open", path: m.path, line: m.line, ...(column ? { column } : {}) };
}

function isInsideLibraryOrWorkspace(uri: vscode.Uri, sources: readonly LibrarySource[]): boolean {
  if (vscode.workspace.getWorkspaceFolder(uri)) return true;
  return sources.some((s) => s.base.scheme === uri.scheme && s.base.authority === uri.authority && s.index.contains(uri.path));
}

function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function registerLibraryHealth(deps: LibraryDeps): vscode.Disposable[] {
  const panel = new LibraryHealthPanel(deps);
  return [
    panel,
    vscode.commands.registerCommand(COMMANDS.libraryHealth, () => panel.show()),
    // A panel left open comes back after a window reload (activation event onWebviewPanel:…).
    vscode.window.registerWebviewPanelSerializer(LIBRARY_HEALTH_VIEW_TYPE, { deserializeWebviewPanel: (restored) => panel.restore(restored) }),
  ];
}
