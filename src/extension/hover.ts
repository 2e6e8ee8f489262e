import * as vscode from "vscode";
import type { ClaimEntry } from "../core/config/schema.js";
import type { Finding } from "../core/findings/types.js";
import type { DiagnosticsController, DocumentFindings } from "./diagnostics.js";
import type { RuleDocs } from "./rule-docs.js";

const escape = (text: string) => text.replace(/[\\`*_[\]<>]/g, "\\$&");

/** A finding's message as Markdown: its `code spans` kept, everything else escaped. */
export function messageMarkdown(message: string): string {
  return message
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_[\]<>#|~]/g, "\\$&")))
    .join("");
}

/**
 * Hovers over Copydesk findings (the rule, what it checks, the finding's message with the why and
 * who reviews, how to clear it, a link to the rule page) and over `<!-- copydesk claim: ID -->`
 * references (the register entry, or that it is expired, out of scope or unknown).
 */
export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly docs: RuleDocs,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const entry = this.diagnostics.findingsFor(document);
    if (!entry) return undefined;
    const offset = document.offsetAt(position);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const toRange = (r: readonly [number, number]) => new vscode.Range(document.positionAt(r[0]), document.positionAt(r[1]));
    for (const finding of entry.findings.filter((f) => f.range[0] <= offset && offset <= f.range[1])) {
      parts.push(await this.findingHover(entry, finding));
      range ??= toRange(finding.range);
    }
    const { core } = entry.context;
    for (const d of core.directives(entry.result.document)) {
      if (d.kind !== "claim" || offset < d.comment.range[0] || offset > d.comment.range[1]) continue;
      parts.push(claimHover(entry, d.id));
      range ??= toRange(d.idRange);
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }

  private async findingHover(entry: DocumentFindings, finding: Finding): Promise<vscode.MarkdownString> {
    const { core } = entry.context;
    const rule = core.ruleById(finding.rule);
    const sections = await this.docs.sections(finding.rule);
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**Copydesk · \`${finding.rule}\`** (${finding.severity})`);
    if (rule) md.appendMarkdown(` — ${escape(rule.meta.description)}`);
    md.appendMarkdown("\n\n");
    md.appendMarkdown(`${messageMarkdown(finding.message)}\n\n`);
    if (sections.whoReviews) md.appendMarkdown(`**Who reviews:** ${sections.whoReviews}\n\n`);
    if (sections.howToClear) md.appendMarkdown(`**How to clear it:** ${sections.howToClear}\n\n`);
    else if (finding.fix) md.appendMarkdown("**How to clear it:** apply the quick fix, or reword.\n\n");
    if (finding.rule.startsWith("claims/")) {
      md.appendMarkdown("Or cite an approved register entry on the line before: `<!-- copydesk claim: ID -->`.\n\n");
    }
    md.appendMarkdown(`[Rule documentation](${core.docsUrl(finding.rule)})`);
    return md;
  }
}

/** The register entry a `<!-- copydesk claim: ID -->` reference names, and whether it holds here. */
function claimHover(entry: DocumentFindings, id: string): vscode.MarkdownString {
  const { core, config } = entry.context;
  const md = new vscode.MarkdownString();
  const claim = config.claims.entries.find((e) => e.id === id);
  if (!claim) {
    const where = config.claims.registerPath ? `the claims register (${escape(config.claims.registerPath)})` : "a claims register (none is configured: set `claims.register` in copydesk.yaml)";
    md.appendMarkdown(`**Claim ${escape(id)}: unknown.** This id is not in ${where}, so this reference clears nothing. Check the id, or ask Legal to add the claim to the register.`);
    return md;
  }
  const channel = entry.result.channel?.name;
  const status = core.claimStatus(claim, channel, core.todayUtc());
  const headline =
    status === "approved"
      ? `approved${claim.expires ? ` until ${claim.expires}` : ""}`
      : status === "expired"
        ? `**expired** on ${claim.expires}: the approval no longer holds; renew the evidence with Legal or stop making the claim`
        : `**not approved for ${channel ? `the ${escape(channel)} channel` : "copy without a channel"}** (only ${claim.channels!.map(escape).join(", ")})`;
  md.appendMarkdown(`**Claim ${escape(id)}**: ${headline}\n\n`);
  md.appendMarkdown(claimDetails(claim));
  return md;
}

function claimDetails(claim: ClaimEntry): string {
  const rows: [string, string | undefined][] = [
    [claim.text !== undefined ? "Text" : "Pattern", claim.text !== undefined ? `"${escape(claim.text)}"` : `\`${claim.pattern}\``],
    ["Evidence", claim.evidence && escape(claim.evidence)],
    ["Approved by", claim.approvedBy && escape(claim.approvedBy)],
    ["Expires", claim.expires ?? "never"],
    ["Channels", claim.channels?.length ? claim.channels.map(escape).join(", ") : "all"],
  ];
  return rows.filter(([, v]) => v !== undefined).map(([k, v]) => `- ${k}: ${v}`).join("\n");
}
