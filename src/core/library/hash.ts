/**
 * The content hash that binds an approval to the exact content: SHA-256 over the normalized
 * template body and the metadata that shapes output (variables, channel, risk, output), as
 * canonical JSON. Approvals, status, dates, version, titles and the hash itself are left out, so
 * approving or re-dating a prompt does not change its hash.
 */
import type { PromptFrontMatter } from "./schema.js";
import { sha256Text } from "./sha256.js";
import type { ParsedPrompt } from "./prompt.js";

export type HashedFields = Pick<PromptFrontMatter, "variables" | "channel" | "risk" | "output">;

/** Line endings as LF, Unicode NFC, trailing spaces cut, leading and trailing blank lines dropped. */
export function normalizeBody(body: string): string {
  return body
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/^\n+/, "")
    .replace(/\n+$/, "");
}

/** JSON with object keys sorted at every level and undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

/** The content hash, `sha256:<64 hex digits>`. */
export function contentHash(fields: HashedFields, body: string): string {
  const payload = canonicalJson({
    body: normalizeBody(body),
    channel: fields.channel ?? null,
    output: fields.output ?? null,
    risk: fields.risk ?? "low",
    variables: fields.variables ?? {},
  });
  return `sha256:${sha256Text(payload)}`;
}

/** The current content hash of a parsed prompt, when its body and hashed fields can be read. */
export function promptHash(prompt: ParsedPrompt): string | undefined {
  if (!prompt.isPrompt || !prompt.raw || prompt.template.error || prompt.template.skipped) return undefined;
  for (const key of ["variables", "channel", "risk", "output"] as const) {
    if (prompt.raw[key] !== undefined && prompt.raw[key] !== null && prompt.fields[key] === undefined) return undefined;
  }
  return contentHash(prompt.fields, prompt.body);
}
