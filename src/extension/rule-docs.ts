import * as vscode from "vscode";

/** The sections of a rule's page that a hover quotes. */
export interface RuleDocSections {
  readonly howToClear: string | undefined;
  readonly whoReviews: string | undefined;
}

const MAX_PARAGRAPHS = 2;

/** The body of `## <title>` in a rule page (up to the next `## `), at most two paragraphs, or undefined. */
export function section(markdown: string, title: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${title.toLowerCase()}`);
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    body.push(line);
  }
  const paragraphs = body.join("\n").trim().split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return paragraphs.length ? paragraphs.slice(0, MAX_PARAGRAPHS).join("\n\n") : undefined;
}

/**
 * Reads the rule pages shipped with the extension (`docs/rules/<category>/<name>.md`, in the .vsix),
 * once per rule, so hovers can say how to clear a finding and who reviews it, offline.
 */
export class RuleDocs {
  private readonly cache = new Map<string, Promise<RuleDocSections>>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  uriOf(rule: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, "docs", "rules", ...rule.split("/").map((p, i, all) => (i === all.length - 1 ? `${p}.md` : p)));
  }

  sections(rule: string): Promise<RuleDocSections> {
    let hit = this.cache.get(rule);
    if (!hit) {
      hit = this.read(rule);
      this.cache.set(rule, hit);
    }
    return hit;
  }

  private async read(rule: string): Promise<RuleDocSections> {
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uriOf(rule)));
      return { howToClear: section(text, "How to clear it"), whoReviews: section(text, "Who reviews") };
    } catch {
      return { howToClear: undefined, whoReviews: undefined };
    }
  }
}
