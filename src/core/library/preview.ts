/**
 * The rendered preview of a prompt (`Copydesk: Preview Rendered Prompt`): its variables filled
 * with their defaults, else their examples, else a visible placeholder `⟨name⟩`, and the
 * provenance stamp the inserted text would carry, under a short Markdown header. Works on prompts
 * with errors too (it uses the fields that are valid), and says so; never throws.
 */
import type { ParsedPrompt } from "./prompt.js";
import { md } from "./prompt-text.js";
import { provenanceStamp } from "./render.js";
import type { VariableSpec } from "./schema.js";
import { renderTemplate } from "./template.js";

export interface PreviewValue {
  readonly name: string;
  readonly value: string;
  /** Where the value comes from; "undeclared" is a `{{name}}` with no declaration. */
  readonly from: "default" | "example" | "placeholder" | "undeclared";
}

export interface PromptPreview {
  /** The whole preview document (Markdown). */
  readonly markdown: string;
  /** The text an insert would produce with these values (stamp first), when the template renders. */
  readonly rendered: string | undefined;
  readonly values: readonly PreviewValue[];
}

export function placeholder(name: string): string {
  return `⟨${name}⟩`;
}

export function previewPrompt(prompt: ParsedPrompt, relativePath: string): PromptPreview {
  const header = `<!-- Preview of ${relativePath.replace(/--+/g, "-")}: read-only, follows the prompt as you edit it. -->`;
  if (!prompt.isPrompt) {
    return { markdown: `${header}\n\n> **Not a prompt.** This file has no \`id:\` in its front matter, so there is nothing to render.\n`, rendered: undefined, values: [] };
  }
  const raw = prompt.raw ?? {};
  const fields = prompt.fields;
  const id = fields.id ?? stringOr(raw["id"]);
  const version = fields.version ?? stringOr(raw["version"]);
  const title = fields.title ?? stringOr(raw["title"]) ?? id ?? "Untitled prompt";
  const status = fields.status ?? stringOr(raw["status"]);
  const lines = [header, "", `# ${md(title)}`, ""];
  lines.push([`\`${(id ?? "?").replace(/`/g, "'")}@${(version ?? "?").replace(/`/g, "'")}\``, ...(status ? [md(status)] : []), ...(fields.channel ? [md(fields.channel)] : [])].join(" · "), "");
  if (status === "deprecated") lines.push(fields.replacedBy ? `> **Deprecated:** use \`${fields.replacedBy}\` instead.` : "> **Deprecated,** and no replacement is named.", "");
  if (status === "retired") lines.push("> **Retired:** writers are no longer offered this prompt.", "");
  // The template's own error is said where the text would be.
  const error = prompt.template.error;
  const problems = prompt.problems.filter((p) => !error || p.range[0] !== error.range[0] || p.range[1] !== error.range[1]);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    lines.push(`> **This prompt has problems**${more}; the preview uses what is valid. Line ${prompt.lines.positionAt(first.range[0]).line + 1}: ${md(first.message)}`, "");
  }
  const values = previewValues(prompt, fields.variables ?? {});
  if (values.length > 0) {
    lines.push("| variable | value in this preview |", "| --- | --- |");
    for (const v of values) lines.push(`| \`${v.name}\` | ${md(v.value)}${v.from === "placeholder" ? " (no default or example)" : v.from === "undeclared" ? " (not declared)" : ` (${v.from})`} |`);
    lines.push("");
  }
  lines.push("---", "");
  if (error) {
    lines.push(`> **The template cannot be rendered.** Line ${prompt.lines.positionAt(error.range[0]).line + 1}: ${md(error.message)}`, "");
    return { markdown: lines.join("\n"), rendered: undefined, values };
  }
  let body: string;
  try {
    body = renderTemplate(prompt.body, Object.fromEntries(values.map((v) => [v.name, v.value]))).replace(/^(?:[ \t]*\r?\n)+/, "").replace(/\s+$/, "");
  } catch (e) {
    lines.push(`> **The template cannot be rendered:** ${md((e as Error).message)}`, "");
    return { markdown: lines.join("\n"), rendered: undefined, values };
  }
  const rendered = `${id && version ? `${provenanceStamp(id, version)}\n` : ""}${body}\n`;
  return { markdown: `${lines.join("\n")}\n${rendered}`, rendered, values };
}

function previewValues(prompt: ParsedPrompt, specs: Readonly<Record<string, VariableSpec>>): PreviewValue[] {
  const values: PreviewValue[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.default !== undefined) values.push({ name, value: String(spec.default), from: "default" });
    else if (spec.example !== undefined) values.push({ name, value: String(spec.example), from: "example" });
    else values.push({ name, value: placeholder(name), from: "placeholder" });
  }
  const seen = new Set(Object.keys(specs));
  for (const tag of prompt.template.tags) {
    if (seen.has(tag.variable)) continue;
    seen.add(tag.variable);
    values.push({ name: tag.variable, value: placeholder(tag.variable), from: "undeclared" });
  }
  return values;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}
