import * as vscode from "vscode";
import type { Finding } from "../../core/findings/types.js";
import type { ParsedPrompt } from "../../core/library/prompt.js";
import { loadCore } from "../core.js";
import { toDiagnostic } from "../diagnostics.js";
import type { LibraryDeps } from "./deps.js";
import { textAtHead } from "./librarian-git.js";
import { uriOf, type LibrarySource } from "./store.js";
import { DocumentRuns } from "../document-runs.js";

/** The findings behind a prompt file's diagnostics, for the document version they were computed for. */
export interface CheckedPrompt {
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly prompt: ParsedPrompt;
  readonly source: LibrarySource;
}

/** Front matter with an `id:`: only such a file can be a prompt, so nothing else loads the library. */
export function mayBePrompt(document: vscode.TextDocument): boolean {
  if (!/\.(?:md|markdown)$/i.test(document.uri.path)) return false;
  const head = document.getText(new vscode.Range(0, 0, 400, 0));
  return /^(?:\uFEFF)?---[ \t]*\r?\n/.test(head) && /^id[ \t]*:/m.test(head);
}

/**
 * Live governance diagnostics on prompt files (Markdown files under a library root of the
 * workspace): every `library/*` rule, checked over the store's index with the document's current
 * text, on open, as you type (debounced), on save and when another prompt changes (a duplicate id,
 * a replacement retired); cleared on close. The starter library's prompts, opened read-only from
 * the extension's folder, get none: nobody can fix them there.
 *
 * `library/version-not-bumped` compares with the file at git HEAD, only in a trusted workspace and
 * for files on disk; the HEAD texts are cached until HEAD or a branch ref moves.
 */
export class GovernanceDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection("copydesk.library");
  private readonly checked = new Map<string, CheckedPrompt>();
  private readonly runs: DocumentRuns;
  private readonly heads = new Map<string, Promise<string | undefined>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private saidUntrusted = false;

  constructor(
    private readonly deps: LibraryDeps,
    debounceMs = 300,
  ) {
    this.runs = new DocumentRuns(debounceMs);
  }

  start(): void {
    const gitWatcher = vscode.workspace.createFileSystemWatcher("**/.git/{HEAD,packed-refs,refs/heads/**}");
    const headMoved = () => {
      this.heads.clear();
      this.checkOpen();
    };
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.check(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.checkOpen()),
      // Another prompt changed (or the configuration): its findings may change this one's.
      this.deps.store.onDidChange(() => {
        for (const d of vscode.workspace.textDocuments) if (this.checked.has(d.uri.toString()) || mayBePrompt(d)) this.schedule(d);
      }),
      gitWatcher,
      gitWatcher.onDidChange(headMoved),
      gitWatcher.onDidCreate(headMoved),
      gitWatcher.onDidDelete(headMoved),
    );
    // The prompts already open are checked on the next turn, as Brand QA lints its documents: a
    // check loads core and the library, which activate() must not wait for.
    const pending = setImmediate(() => this.checkOpen());
    this.disposables.push({ dispose: () => clearImmediate(pending) });
  }

  /** The findings of a prompt document, when they match its current version. */
  checkedFor(document: vscode.TextDocument): CheckedPrompt | undefined {
    const entry = this.checked.get(document.uri.toString());
    return entry?.version === document.version ? entry : undefined;
  }

  checkOpen(): void {
    for (const d of vscode.workspace.textDocuments) void this.check(d);
  }

  private schedule(document: vscode.TextDocument): void {
    this.runs.schedule(document.uri.toString(), () => void this.check(document));
  }

  /** Checks a document if it is a prompt of a workspace library, publishing its diagnostics (or clearing them). */
  async check(document: vscode.TextDocument): Promise<CheckedPrompt | undefined> {
    const key = document.uri.toString();
    const isLatest = this.runs.start(key);
    if (document.isClosed || !mayBePrompt(document)) {
      this.clear(key, document.uri);
      return undefined;
    }
    const version = document.version;
    try {
      const source = await this.deps.store.sourceFor(document.uri);
      if (!source || !source.editable) {
        this.clear(key, document.uri);
        return undefined;
      }
      const path = document.uri.path;
      const text = document.getText();
      // The store puts unsaved text into the index as it changes; make sure it is this text. A saved
      // document the index does not hold is not put in: its file was deleted or moved away (VS Code
      // keeps such documents open for a while), or the watcher is about to add it.
      const indexed = source.index.byPath(path);
      if (indexed?.text !== text && (indexed || document.isDirty)) source.index.update(path, text);
      const entry = source.index.byPath(path);
      if (!entry || !entry.parsed().isPrompt) {
        this.clear(key, document.uri);
        return undefined;
      }
      const core = await loadCore();
      const base = this.baseFor(source);
      const result = await core.checkEntry(source.index, entry, { config: source.config, today: core.todayUtc(), ...(base ? { base } : {}) });
      if (!isLatest() || document.isClosed || document.version !== version) return undefined;
      for (const failure of result.failures) this.deps.log.error(`${entry.relativePath}: ${failure.message}`);
      const checked: CheckedPrompt = { version, findings: result.findings, prompt: result.prompt, source };
      this.checked.set(key, checked);
      this.collection.set(document.uri, result.findings.map((f) => toDiagnostic(f, (o) => document.positionAt(o), core.docsUrl)));
      this.deps.log.debug(`checked prompt ${entry.relativePath}: ${result.findings.length} findings`);
      return checked;
    } catch (e) {
      this.deps.log.error(`checking the prompt ${document.uri.toString(true)} failed: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  /** The git base of `library/version-not-bumped`: HEAD, in a trusted workspace, for files on disk. */
  private baseFor(source: LibrarySource): ((path: string) => Promise<string | undefined>) | undefined {
    if (source.base.scheme !== "file") return undefined;
    if (!vscode.workspace.isTrusted) {
      if (!this.saidUntrusted) this.deps.log.info("untrusted workspace: library/version-not-bumped is not checked in the editor (it needs git, which Copydesk runs only in a trusted workspace)");
      this.saidUntrusted = true;
      return undefined;
    }
    return (path) => {
      let hit = this.heads.get(path);
      if (!hit) this.heads.set(path, (hit = textAtHead(uriOf(source, path))));
      return hit;
    };
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.runs.forget(key);
    this.heads.delete(uri.path);
    this.clear(key, uri);
  }

  private clear(key: string, uri: vscode.Uri): void {
    this.checked.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.runs.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
