/**
 * `Copydesk: Preview Rendered Prompt`: a read-only Markdown document beside the prompt, with its
 * variables filled (defaults, else examples, else a visible `⟨name⟩`) and the provenance stamp an
 * insert would carry (core/library/preview.ts). It follows the prompt's text as typed, unsaved
 * edits included, and its file on disk. Also keeps `copydesk.library.isPrompt` (the editor title's
 * Preview button) true while the active editor shows a prompt of a library.
 */
import * as vscode from "vscode";
import { loadCore } from "../core.js";
import { COMMANDS, CONTEXT_KEYS } from "../ids.js";
import type { LibraryDeps } from "./deps.js";
import type { ViewPromptNode } from "./view-items.js";

export const PREVIEW_SCHEME = "copydesk-preview";
const UPDATE_DELAY_MS = 75;
/** A prompt's front matter names its id near the top; anything else is not worth loading the library for. */
const LOOKS_LIKE_PROMPT = /^\uFEFF?---\r?\n(?:.*\r?\n){0,60}?id[ \t]*:/;

/** The preview document of a prompt file (the `.md` ending keeps the Markdown language mode). */
export function previewUri(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `${source.path.replace(/\.(?:md|markdown)$/i, "")} (preview).md`, query: source.toString() });
}

export function sourceOfPreview(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(uri.query, true);
}

class PreviewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = sourceOfPreview(uri);
    let text: string;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
    if (open) text = open.getText();
    else {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      } catch (error) {
        return `> **The prompt cannot be read:** ${vscode.workspace.asRelativePath(source)} (${(error as Error).message}). It may have been moved or deleted.\n`;
      }
    }
    const core = await loadCore();
    try {
      return core.previewPrompt(core.parsePrompt(source.path, text), vscode.workspace.asRelativePath(source)).markdown;
    } catch (error) {
      return `> **The preview failed:** ${(error as Error).message}. Please report this with the prompt file.\n`;
    }
  }

  /** Re-renders the previews of `source` (every open preview when undefined), soon. */
  update(source?: vscode.Uri): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme !== PREVIEW_SCHEME) continue;
      if (source && document.uri.query !== source.toString()) continue;
      const key = document.uri.toString();
      clearTimeout(this.timers.get(key));
      this.timers.set(key, setTimeout(() => (this.timers.delete(key), this.changed.fire(document.uri)), UPDATE_DELAY_MS));
    }
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.changed.dispose();
  }
}

export function registerPromptPreview(deps: LibraryDeps, locate: (node: ViewPromptNode) => vscode.Uri | undefined): vscode.Disposable[] {
  const provider = new PreviewProvider();
  let check = 0;
  const updateIsPrompt = async () => {
    const ticket = ++check;
    const document = vscode.window.activeTextEditor?.document;
    let isPrompt = false;
    // Only a file that looks like a prompt loads the library (never a plain Markdown file).
    if (document && document.uri.scheme !== PREVIEW_SCHEME && document.languageId === "markdown" && LOOKS_LIKE_PROMPT.test(document.getText(new vscode.Range(0, 0, 80, 0)))) {
      isPrompt = (await deps.store.sourceFor(document.uri)) !== undefined;
    }
    if (ticket === check) await vscode.commands.executeCommand("setContext", CONTEXT_KEYS.activeEditorIsPrompt, isPrompt);
  };
  void updateIsPrompt();
  return [
    provider,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, provider),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.scheme !== PREVIEW_SCHEME && e.contentChanges.length > 0 && provider.update(e.document.uri)),
    deps.store.onDidChange(() => (provider.update(), void updateIsPrompt())),
    vscode.window.onDidChangeActiveTextEditor(() => void updateIsPrompt()),
    vscode.commands.registerCommand(COMMANDS.previewPrompt, (target?: unknown) => previewPrompt(deps, locate, target)),
  ];
}

/** Opens the preview beside the prompt: of a node of the view, a URI (editor title, explorer), or the active editor. */
async function previewPrompt(deps: LibraryDeps, locate: (node: ViewPromptNode) => vscode.Uri | undefined, target: unknown): Promise<vscode.TextDocument | undefined> {
  let source: vscode.Uri | undefined;
  if (target instanceof vscode.Uri) source = target.scheme === PREVIEW_SCHEME ? sourceOfPreview(target) : target;
  else if (typeof target === "object" && target !== null && (target as ViewPromptNode).kind === "prompt") source = locate(target as ViewPromptNode);
  else {
    const active = vscode.window.activeTextEditor?.document.uri;
    source = active?.scheme === PREVIEW_SCHEME ? sourceOfPreview(active) : active;
  }
  if (!source) {
    void vscode.window.showInformationMessage("Copydesk: open a prompt file, or choose a prompt in the Prompt Library view, to preview it rendered.");
    return undefined;
  }
  const core = await loadCore();
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
  let text: string | undefined = open?.getText();
  if (text === undefined) {
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    } catch {
      text = undefined;
    }
  }
  if (text === undefined || !core.parsePrompt(source.path, text).isPrompt) {
    void vscode.window.showErrorMessage(`Copydesk: ${vscode.workspace.asRelativePath(source)} is not a prompt (a prompt is a Markdown file with an \`id:\` in its front matter), so there is nothing to preview.`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(previewUri(source));
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  deps.log.info(`previewing ${source.toString()}`);
  return document;
}
