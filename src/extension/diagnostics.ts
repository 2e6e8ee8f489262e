import * as vscode from "vscode";
import type { LintCache, LintResult } from "../core/engine.js";
import type { Finding } from "../core/findings/types.js";
import type { LibraryLookup } from "../core/library/lookup.js";
import { settingsFor, type ConfigStore, type DocumentConfig } from "./config-store.js";
import { DIAGNOSTIC_SOURCE, SETTING_KEYS, SETTINGS_SECTION } from "./ids.js";
import { DocumentRuns } from "./document-runs.js";

const LANGUAGES = new Set(["markdown", "plaintext"]);
const SCHEMES = new Set(["file", "untitled", "vscode-remote", "vscode-vfs"]);

/** The findings behind a document's diagnostics, with the version they were computed for. */
export interface DocumentFindings {
  readonly version: number;
  readonly findings: readonly Finding[];
  /** The whole lint result: the parsed document (directives), its channel, suppressed findings. */
  readonly result: LintResult;
  readonly context: DocumentConfig;
}

export function isCopyDocument(document: vscode.TextDocument): boolean {
  return LANGUAGES.has(document.languageId) && SCHEMES.has(document.uri.scheme);
}

const SEVERITY: Record<Finding["severity"], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Tags change how the editor draws a finding. Words that can simply go (wordy phrases, a leading
 * "so", adverbs, weasel words) are faded as Unnecessary; an approval or a prompt version that is no
 * longer valid (an expired claim, a deprecated prompt) is struck through as Deprecated.
 */
const TAGS: Readonly<Record<string, vscode.DiagnosticTag[]>> = {
  "tone/wordy": [vscode.DiagnosticTag.Unnecessary],
  "tone/so": [vscode.DiagnosticTag.Unnecessary],
  "tone/adverb": [vscode.DiagnosticTag.Unnecessary],
  "tone/weasel": [vscode.DiagnosticTag.Unnecessary],
  "claims/expired": [vscode.DiagnosticTag.Deprecated],
  "library/deprecated-prompt": [vscode.DiagnosticTag.Deprecated],
};

/** The diagnostic `code` of each rule, made once: a 5,000-word draft can have hundreds of findings at every keystroke. */
const codes = new Map<string, { value: string; target: vscode.Uri }>();

function codeOf(rule: string, docsUrl: (rule: string) => string): { value: string; target: vscode.Uri } {
  let code = codes.get(rule);
  if (!code) codes.set(rule, (code = { value: rule, target: vscode.Uri.parse(docsUrl(rule)) }));
  return code;
}

export function toDiagnostic(finding: Finding, positionAt: (offset: number) => vscode.Position, docsUrl: (rule: string) => string): vscode.Diagnostic {
  const range = new vscode.Range(positionAt(finding.range[0]), positionAt(finding.range[1]));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = codeOf(finding.rule, docsUrl);
  const tags = TAGS[finding.rule];
  if (tags) diagnostic.tags = tags;
  return diagnostic;
}

/** Whether a text of `length` characters is over the `copydesk.maxDocumentKB` limit (0: none). */
export function overSizeLimit(length: number, limitKB: number): boolean {
  return limitKB > 0 && length > limitKB * 1024;
}

/**
 * What a document over `copydesk.maxDocumentKB` shows instead of findings: one note at its first
 * line, saying why and what to do, so that no findings never reads as a clean document.
 */
export function tooLargeDiagnostic(length: number, limitKB: number): vscode.Diagnostic {
  const kb = Math.ceil(length / 1024).toLocaleString("en-US");
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `Copydesk does not lint this document in the editor: it is ${kb} KB, over copydesk.maxDocumentKB (${limitKB.toLocaleString("en-US")} KB), and a lint this long would hold up every extension. Raise the setting (0: no limit), or run \`copydesk lint\` on the file.`,
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = `${SETTINGS_SECTION}.${SETTING_KEYS.maxDocumentKB}`;
  return diagnostic;
}

/** The path core sees for a document: relative to the configuration's root (untitled: its own path). */
export function corePath(context: DocumentConfig, uri: vscode.Uri): string {
  return uri.scheme === "untitled" ? uri.path : context.core.relative(context.config.root, uri.path);
}

/**
 * Text that may carry a provenance stamp (`<!-- copydesk prompt: id@version -->` or front matter
 * `prompt:`): only such copy needs the prompt library (`library/deprecated-prompt`), so other
 * documents never wait for it to load.
 */
export const MAY_NAME_PROMPT = /copydesk\s+prompt\s*:|^prompt\s*:/im;

/** Where the lint of a document gets the prompt library from (the LibraryStore). */
export interface LibraryProvider {
  lookupFor(uri: vscode.Uri): Promise<LibraryLookup>;
  readonly onDidChange: vscode.Event<void>;
}

/** One publication of a document's diagnostics (`onDidPublish`). */
export interface PublishedDiagnostics {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** From the lint's request (the open event, the save, the end of the debounce) to the publication, settings, configuration and library lookups included. */
  readonly ms: number;
  /** The engine's part of it (`lintText`). */
  readonly engineMs: number;
  /**
   * The CPU time the extension host's thread spent in `lintText` (ms), where Node can tell
   * (`process.threadCpuUsage`, Node 23.9 and later): less than `engineMs` when the machine is busy.
   */
  readonly engineCpuMs: number | undefined;
}

/** The calling thread's CPU time in ms, where Node can measure it (`npm run bench` uses it too). */
export const threadCpuMs: (() => number) | undefined = typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage === "function"
  ? () => {
      const { user, system } = (process as unknown as { threadCpuUsage(): { user: number; system: number } }).threadCpuUsage();
      return (user + system) / 1000;
    }
  : undefined;

/** What `lint` found for an included document. */
export interface Linted {
  readonly path: string;
  readonly result: LintResult;
}

/**
 * Lints open Markdown and plain-text documents on open, on change (debounced) and on save, as
 * `copydesk.run` says, and publishes the findings as diagnostics; clears them when a document
 * closes. Findings are kept per URI with the document version (for code actions and hovers); a
 * per-document generation drops stale results.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly findings = new Map<string, DocumentFindings>();
  private readonly caches = new Map<string, LintCache>();
  /** Open documents over `copydesk.maxDocumentKB` (logged once each). */
  private readonly tooLarge = new Set<string>();
  private readonly runs: DocumentRuns;
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private library: LibraryProvider | undefined;
  private readonly published = new vscode.EventEmitter<PublishedDiagnostics>();
  readonly onDidPublish = this.published.event;

  constructor(
    private readonly configs: ConfigStore,
    private readonly log: vscode.LogOutputChannel,
    /** The extension's own folder: its rule pages (docs/rules), opened by "Show documentation", are not copy. */
    private readonly extensionUri?: vscode.Uri,
    debounceMs = 300,
  ) {
    this.runs = new DocumentRuns(debounceMs);
  }

  start(): void {
    // A deleted file's findings (Lint Workspace publishes them for closed files) leave the Problems panel with it.
    const deletions = vscode.workspace.createFileSystemWatcher("**/*", true, true, false);
    this.disposables.push(
      deletions,
      deletions.onDidDelete((uri) => this.forgetDeleted(uri)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.forgetDeleted(uri))),
      vscode.workspace.onDidOpenTextDocument((d) => void this.lint(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.lint(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      this.configs.onDidChange(() => this.lintAll()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && this.lintAll()),
    );
    // The documents already open (the one whose opening activated Copydesk, say) are linted on the
    // next turn: a lint loads core and the configuration, which activate() must not wait for.
    const pending = setImmediate(() => this.lintAll());
    this.disposables.push({ dispose: () => clearImmediate(pending) });
  }

  /**
   * Gives the lint the prompt library, for `library/deprecated-prompt` on stamped copy; a change to
   * the library (a prompt deprecated, a branch checked out) lints stamped open documents again.
   */
  useLibrary(library: LibraryProvider): void {
    this.library = library;
    this.disposables.push(
      library.onDidChange(() => {
        for (const document of vscode.workspace.textDocuments) if (isCopyDocument(document) && MAY_NAME_PROMPT.test(document.getText())) void this.lint(document);
      }),
    );
  }

  /**
   * The prompt library for a document's text, when it may name a prompt; undefined at once (not a
   * promise, so the caller need not wait a turn) when it cannot.
   */
  libraryFor(uri: vscode.Uri, text: string): Promise<LibraryLookup | undefined> | undefined {
    if (!this.library || !MAY_NAME_PROMPT.test(text)) return undefined;
    return this.lookup(this.library, uri);
  }

  private async lookup(library: LibraryProvider, uri: vscode.Uri): Promise<LibraryLookup | undefined> {
    try {
      return await library.lookupFor(uri);
    } catch (e) {
      this.log.error(`the prompt library could not be loaded: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  /** The findings last published for a document, if they match its current version. */
  findingsFor(document: vscode.TextDocument): DocumentFindings | undefined {
    const entry = this.findings.get(document.uri.toString());
    return entry?.version === document.version ? entry : undefined;
  }

  /** The findings for the document's current text, linting it now if they are stale (fix all on save). */
  async freshFindings(document: vscode.TextDocument): Promise<DocumentFindings | undefined> {
    return this.findingsFor(document) ?? ((await this.lint(document, { force: true })) ? this.findingsFor(document) : undefined);
  }

  /** Lints every open document again (or clears it, when linting is off for it). */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.lint(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isCopyDocument(document) || settingsFor(document.uri).run !== "onType") return;
    this.runs.schedule(document.uri.toString(), () => void this.lint(document));
  }

  /**
   * Lints a document and publishes its diagnostics. `force` lints even when `copydesk.run` is
   * `off` (Lint Workspace, fix all). Resolves to the result, or undefined when the document is not
   * linted (not copy, excluded by `files:`, disabled, or changed meanwhile).
   */
  async lint(document: vscode.TextDocument, options: { force?: boolean } = {}): Promise<Linted | undefined> {
    const started = performance.now();
    if (!isCopyDocument(document) || this.isOwnFile(document.uri)) return undefined;
    const key = document.uri.toString();
    const isLatest = this.runs.start(key);
    const settings = settingsFor(document.uri);
    if (!settings.enable || (settings.run === "off" && !options.force)) {
      this.clear(key, document.uri);
      return undefined;
    }
    // The length without building the text: an over-limit document is not read on every keystroke.
    const length = document.offsetAt(new vscode.Position(document.lineCount, 0));
    if (overSizeLimit(length, settings.maxDocumentKB)) {
      if (!this.tooLarge.has(key)) this.log.info(`not linting ${document.uri.toString(true)}: ${Math.ceil(length / 1024)} KB, over copydesk.maxDocumentKB (${settings.maxDocumentKB} KB)`);
      this.clear(key, document.uri);
      this.tooLarge.add(key);
      this.collection.set(document.uri, [tooLargeDiagnostic(length, settings.maxDocumentKB)]);
      return undefined;
    }
    this.tooLarge.delete(key);
    const version = document.version;
    try {
      // Everything below runs in the event that asked for the lint (a document's opening, say) when
      // core and the configuration are loaded and the text names no prompt: no turn of the event
      // loop passes, so the work that the opening causes elsewhere in the extension host (the
      // built-in Markdown extension activating on a window's first Markdown document, other
      // extensions' listeners) waits for these diagnostics rather than the other way round.
      const context = this.configs.loadedFor(document.uri) ?? (await this.configs.forDocument(document.uri));
      const { core, config, host } = context;
      const path = corePath(context, document.uri);
      if (document.uri.scheme !== "untitled" && !core.isIncluded(config, path)) {
        this.clear(key, document.uri);
        return undefined;
      }
      let cache = this.caches.get(key);
      const first = !cache;
      if (!cache) this.caches.set(key, (cache = new core.LintCache()));
      const text = document.getText();
      const lookup = this.libraryFor(document.uri, text);
      const library = lookup && (await lookup);
      const cpuStarted = threadCpuMs?.();
      const engineStarted = performance.now();
      // Synchronous unless a rule must ask the host (a linked file's existence, say).
      const now = core.lintTextNow(text, { path, config, host, cache, library });
      const result = now instanceof Promise ? await now : now;
      const engineMs = performance.now() - engineStarted;
      const engineCpuMs = cpuStarted === undefined ? undefined : threadCpuMs!() - cpuStarted;
      if (!isLatest() || document.isClosed || document.version !== version) return undefined;
      for (const failure of result.failures) this.log.error(`${path}: ${failure.message}`);
      this.findings.set(key, { version, findings: result.findings, result, context });
      this.collection.set(document.uri, result.findings.map((f) => toDiagnostic(f, (o) => document.positionAt(o), core.docsUrl)));
      const ms = performance.now() - started;
      this.published.fire({ uri: document.uri, version, ms, engineMs, engineCpuMs });
      // The first lint of an open document at info level; the ones as you type at debug.
      (first ? this.log.info : this.log.debug).call(this.log, `linted ${path}: ${result.findings.length} findings (${ms.toFixed(1)} ms)`);
      return { path, result };
    } catch (e) {
      this.log.error(`linting ${document.uri.toString(true)} failed: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  private isOwnFile(uri: vscode.Uri): boolean {
    const own = this.extensionUri;
    return own !== undefined && uri.scheme === own.scheme && uri.authority === own.authority && uri.path.startsWith(`${own.path.replace(/\/$/, "")}/docs/rules/`);
  }

  /**
   * Publishes findings for files that are not open (Lint Workspace), in one update of the Problems
   * panel: a message per file would be thousands of messages to the window, each redrawing the panel.
   * A file opened meanwhile is left to its own lint.
   */
  publishClosed(entries: readonly [vscode.Uri, vscode.Diagnostic[]][]): void {
    if (entries.length === 0) return;
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const closed = entries.filter(([uri]) => !open.has(uri.toString()));
    if (closed.length > 0) this.collection.set(closed);
  }

  /** A file or folder was deleted: drops the diagnostics of every closed file at or under it. */
  private forgetDeleted(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    this.collection.forEach((file) => {
      const key = file.toString();
      if ((key === uri.toString() || key.startsWith(prefix)) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.collection.delete(file);
    });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.runs.forget(key);
    this.caches.delete(key);
    this.tooLarge.delete(key);
    this.clear(key, uri);
  }

  private clear(key: string, uri: vscode.Uri): void {
    this.findings.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.runs.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.published.dispose();
  }
}
