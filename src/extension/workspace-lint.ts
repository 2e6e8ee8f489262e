import * as vscode from "vscode";
import type { LintResult } from "../core/engine.js";
import type { FileReport } from "../core/report/model.js";
import { settingsFor, type ConfigStore, type DocumentConfig } from "./config-store.js";
import { corePath, overSizeLimit, toDiagnostic, tooLargeDiagnostic, type DiagnosticsController } from "./diagnostics.js";
import { nextTurn, timeSlices } from "./time-slices.js";

export interface LintedFile {
  readonly uri: vscode.Uri;
  /**
   * Its findings and suppressions with lines and columns, under the path shown in reports (relative
   * to its workspace folder, prefixed by the folder's name in a multi-root workspace). Only this is
   * kept of each file's lint, not the document model: a run over thousands of files would otherwise
   * hold all their parse trees until it ends, and the extension host's garbage collector would stop
   * the editor for longer and longer as the heap grew.
   */
  readonly report: FileReport;
  readonly context: DocumentConfig;
}

export interface WorkspaceLint {
  readonly files: readonly LintedFile[];
  readonly cancelled: boolean;
  readonly ms: number;
}

export interface Candidate {
  readonly uri: vscode.Uri;
  readonly shown: string;
  readonly path: string;
  readonly context: DocumentConfig;
}

/** `{a,b}` for findFiles, when the globs hold no braces or commas of their own. */
function union(globs: readonly string[]): string | undefined {
  if (globs.length === 0 || globs.some((g) => /[{},]/.test(g))) return undefined;
  return globs.length === 1 ? globs[0] : `{${globs.join(",")}}`;
}

/** Every file that `files.include` / `files.exclude` select, in every workspace folder with Copydesk enabled. */
export async function candidates(configs: ConfigStore, token: vscode.CancellationToken): Promise<Candidate[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const seen = new Map<string, Candidate>();
  const pause = timeSlices();
  for (const folder of folders) {
    if (!settingsFor(folder.uri).enable) continue;
    const context = await configs.forBase(folder.uri);
    const { config, core } = context;
    // Globs are relative to copydesk.yaml; when it lives above the folder, walk everything and filter.
    const sameRoot = config.root === folder.uri.path;
    const includes = sameRoot && config.files.include.length ? config.files.include : ["**/*"];
    const exclude = sameRoot ? union(config.files.exclude) : undefined;
    for (const glob of includes) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, undefined, token);
      for (const uri of found) {
        await pause();
        const path = corePath(context, uri);
        if (seen.has(uri.toString()) || !core.isIncluded(config, path)) continue;
        const rel = core.relative(folder.uri.path, uri.path);
        seen.set(uri.toString(), { uri, path, context, shown: folders.length > 1 ? `${folder.name}/${rel}` : rel });
      }
    }
  }
  return [...seen.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}

/**
 * Lints every included file of the workspace, one at a time, yielding to the event loop between
 * files so the editor stays responsive, and stopping when cancelled. Open documents are linted from
 * their buffers; closed files from disk, with their diagnostics published too (the Problems panel
 * lists the whole workspace).
 */
export async function lintWorkspace(
  deps: { configs: ConfigStore; diagnostics: DiagnosticsController; log: vscode.LogOutputChannel },
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceLint> {
  const started = Date.now();
  const files = await candidates(deps.configs, token);
  const linted: LintedFile[] = [];
  let cancelled = token.isCancellationRequested;
  let reported = -Infinity;
  let done = 0;
  // Closed files' diagnostics, published together when the notification is redrawn (and at the end).
  let pending: [vscode.Uri, vscode.Diagnostic[]][] = [];
  const publish = () => {
    deps.diagnostics.publishClosed(pending);
    pending = [];
  };
  try {
    for (const [i, file] of files.entries()) {
      if (token.isCancellationRequested) {
        cancelled = true;
        break;
      }
      // The notification is redrawn, and the Problems panel updated, at most every 100 ms: a message a
      // file would be thousands of messages to the window.
      if (performance.now() - reported >= 100 || i === files.length - 1) {
        progress.report({ message: `${i + 1}/${files.length} ${file.shown}`, increment: ((i + 1 - done) * 100) / files.length });
        publish();
        done = i + 1;
        reported = performance.now();
      }
      try {
        const result = await lintOne(deps, file, pending);
        if (result) linted.push({ uri: file.uri, report: file.context.core.fileReport(file.shown, result), context: file.context });
      } catch (e) {
        deps.log.error(`Lint Workspace: ${file.shown} failed: ${(e as Error).stack ?? e}`);
      }
      await nextTurn();
    }
  } finally {
    publish();
  }
  const ms = Date.now() - started;
  const count = (s: string) => linted.reduce((n, f) => n + f.report.findings.filter((x) => x.severity === s).length, 0);
  deps.log.info(
    `Lint Workspace: ${linted.length} of ${files.length} files, ${count("error")} errors, ${count("warning")} warnings, ${count("info")} infos in ${ms} ms${cancelled ? " (cancelled)" : ""}`,
  );
  return { files: linted, cancelled, ms };
}

/** Lints one file: an open one through the diagnostics controller, a closed one here, its diagnostics added to `closed` for publishing. */
async function lintOne(deps: { diagnostics: DiagnosticsController; log: vscode.LogOutputChannel }, file: Candidate, closed: [vscode.Uri, vscode.Diagnostic[]][]): Promise<LintResult | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.uri.toString());
  if (open) return (await deps.diagnostics.lint(open, { force: true }))?.result;
  const { core, config, host } = file.context;
  // Through the folder's host: local files are read with node:fs, far cheaper than vscode.workspace.fs a file at a time.
  const bytes = host.readBytes ? await host.readBytes(file.uri.path) : await vscode.workspace.fs.readFile(file.uri);
  if (!bytes) {
    deps.log.warn(`Lint Workspace: ${file.shown} could not be read; skipped.`);
    return undefined;
  }
  const { maxDocumentKB } = settingsFor(file.uri);
  if (overSizeLimit(bytes.length, maxDocumentKB)) {
    deps.log.warn(`Lint Workspace: ${file.shown} is ${Math.ceil(bytes.length / 1024)} KB, over copydesk.maxDocumentKB (${maxDocumentKB} KB); skipped.`);
    closed.push([file.uri, [tooLargeDiagnostic(bytes.length, maxDocumentKB)]]);
    return undefined;
  }
  const decoded = core.decodeText(bytes);
  if (decoded.binary) {
    deps.log.warn(`Lint Workspace: ${file.shown} is binary, not text; skipped. Exclude it in files.exclude.`);
    return undefined;
  }
  const library = await deps.diagnostics.libraryFor(file.uri, decoded.text);
  const result = await core.lintText(decoded.text, { path: file.path, config, host, library });
  for (const failure of result.failures) deps.log.error(`${file.shown}: ${failure.message}`);
  const lines = result.document.lines;
  const positionAt = (offset: number) => {
    const p = lines.positionAt(offset);
    return new vscode.Position(p.line, p.character);
  };
  closed.push([file.uri, result.findings.map((f) => toDiagnostic(f, positionAt, core.docsUrl))]);
  return result;
}
