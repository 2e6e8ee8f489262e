import * as vscode from "vscode";
import { isIncluded } from "../core/config/files.js";
import type { FindingSeverity } from "../core/config/schema.js";
import { LintCache, lintText } from "../core/engine.js";
import type { Finding } from "../core/findings/types.js";
import { relative } from "../core/paths.js";
import { docsUrl } from "../core/rules/index.js";
import type { ConfigStore } from "./config-store.js";

export const DIAGNOSTIC_SOURCE = "copydesk";
const LANGUAGES = new Set(["markdown", "plaintext"]);
const SCHEMES = new Set(["file", "untitled", "vscode-remote", "vscode-vfs"]);

/** The findings behind a document's diagnostics, with the version they were computed for. */
export interface DocumentFindings {
  readonly version: number;
  readonly findings: readonly Finding[];
}

export function isCopyDocument(document: vscode.TextDocument): boolean {
  return LANGUAGES.has(document.languageId) && SCHEMES.has(document.uri.scheme);
}

const SEVERITY: Record<FindingSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, document: vscode.TextDocument): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.range[0]), document.positionAt(finding.range[1]));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: vscode.Uri.parse(docsUrl(finding.rule)) };
  return diagnostic;
}

/**
 * Lints open Markdown and plain-text documents on open, on change (debounced) and on save, and
 * publishes the findings as diagnostics; clears them when a document closes. Findings are kept per
 * URI with the document version (for code actions); a per-document generation drops stale results.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly findings = new Map<string, DocumentFindings>();
  private readonly caches = new Map<string, LintCache>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly configs: ConfigStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = 300,
  ) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.lint(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.lint(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      this.configs.onDidChange(() => this.lintAll()),
    );
    this.lintAll();
  }

  /** The findings last published for a document, if they match its current version. */
  findingsFor(document: vscode.TextDocument): DocumentFindings | undefined {
    const entry = this.findings.get(document.uri.toString());
    return entry?.version === document.version ? entry : undefined;
  }

  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.lint(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.lint(document), this.debounceMs));
  }

  async lint(document: vscode.TextDocument): Promise<void> {
    if (!isCopyDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const version = document.version;
    try {
      const { config, host } = await this.configs.forDocument(document.uri);
      const untitled = document.uri.scheme === "untitled";
      const path = untitled ? document.uri.path : relative(config.root, document.uri.path);
      if (!untitled && !isIncluded(config, path)) {
        this.clear(key, document.uri);
        return;
      }
      let cache = this.caches.get(key);
      if (!cache) this.caches.set(key, (cache = new LintCache()));
      const started = Date.now();
      const result = await lintText(document.getText(), { path, config, host, cache });
      if (this.generations.get(key) !== generation || document.isClosed || document.version !== version) return;
      for (const failure of result.failures) this.log.error(`${path}: ${failure.message}`);
      this.findings.set(key, { version, findings: result.findings });
      this.collection.set(document.uri, result.findings.map((f) => toDiagnostic(f, document)));
      this.log.trace(`linted ${path}: ${result.findings.length} findings (${Date.now() - started} ms)`);
    } catch (e) {
      this.log.error(`linting ${document.uri.toString(true)} failed: ${(e as Error).stack ?? e}`);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.caches.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.clear(key, uri);
  }

  private clear(key: string, uri: vscode.Uri): void {
    this.findings.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}
