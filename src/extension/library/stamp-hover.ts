import * as vscode from "vscode";
import type { StampedPrompt } from "../../core/library/stamps.js";
import { loadCore } from "../core.js";
import { MAY_NAME_PROMPT, type DiagnosticsController } from "../diagnostics.js";
import type { LibraryStore, LocatedEntry } from "./store.js";

/**
 * Hover on a provenance stamp in copy (`<!-- copydesk prompt: id@version -->`, or front matter
 * `prompt: id@version`): what the library says about that prompt now (core's `stampHoverMarkdown`).
 * The prompt is looked up as Brand QA does: the document's own workspace library first.
 */
export class StampHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: LibraryStore,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const text = document.getText();
    if (!MAY_NAME_PROMPT.test(text)) return undefined;
    const core = await loadCore();
    // The lint's parse of the document when it is current; else a parse of our own.
    const parsed = this.diagnostics.findingsFor(document)?.result.document ?? core.parseDocument(text, { path: document.uri.path, kind: document.languageId === "plaintext" ? "plaintext" : "markdown" });
    const stamp = core.stampAt(parsed, document.offsetAt(position));
    if (!stamp) return undefined;
    const found = await this.store.find(stamp.id, document.uri);
    const prompt = found && stamped(found);
    const replacement = prompt?.replacedBy ? await this.store.find(prompt.replacedBy, document.uri) : undefined;
    const md = new vscode.MarkdownString(core.stampHoverMarkdown(stamp, prompt, replacement && stamped(replacement)));
    return new vscode.Hover(md, new vscode.Range(document.positionAt(stamp.range[0]), document.positionAt(stamp.range[1])));
  }
}

function stamped({ source, entry }: LocatedEntry): StampedPrompt {
  const s = entry.summary;
  const p = entry.parsed();
  return {
    id: s.id ?? "",
    title: s.title,
    version: s.version,
    status: s.status,
    owner: s.owner,
    replacedBy: s.replacedBy,
    approvals: p.fields.approvals ?? [],
    library: source.kind === "starter" ? source.label : undefined,
  };
}
