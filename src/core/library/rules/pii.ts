import { defineGovernanceRule } from "./types.js";
import { MAX_PROMPT_CHARS } from "../prompt.js";
import type { ParsedPrompt } from "../prompt.js";
import type { Range } from "../../text/line-index.js";

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])/g;
/** Reserved for documentation (RFC 2606, RFC 6761): never a real person's address. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;
/** Role mailboxes (support@, press@…) belong to a team, not a person. */
const ROLE_MAILBOX = /^(?:support|help|info|hello|contact|sales|press|media|marketing|team|noreply|no-reply|donotreply|billing|privacy|legal|security|careers|jobs|feedback|news|newsletter|admin|webmaster|partners)$/i;
const PHONES: readonly RegExp[] = [
  /(?<![\w+])\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w-])/g,
  /(?<![\w(+.-])(?:1[ .-])?\(?[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-])/g,
  /\b(?:phone|tel|telephone|mobile|cell|call|text|whatsapp)\b[:.]?\s*((?:\+|\()?\d[\d ().-]{6,}\d)/gi,
];

/** E-mail addresses and phone numbers in a prompt file (outside `owner:` and the approval record). */
export default defineGovernanceRule({
  id: "library/pii",
  category: "library",
  meta: {
    description: "Personal data (e-mail address or phone number) in a prompt",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    if (prompt.text.length > MAX_PROMPT_CHARS) return;
    const skip = skipped(prompt);
    for (const hit of findPii(prompt.text)) {
      if (skip.some((r) => r[0] <= hit.range[0] && hit.range[1] <= r[1])) continue;
      context.report({
        range: hit.range,
        message: `This looks like ${hit.kind === "email" ? "a personal e-mail address" : "a phone number"}. Prompts are pasted into AI tools and shared with every writer, so personal data here leaves your control. Replace it with a variable such as {{${hit.kind === "email" ? "contact_email" : "contact_phone"}}}, or a role address (support@…) if the copy needs one.`,
      });
    }
  },
});

export function findPii(text: string): { kind: "email" | "phone"; range: [number, number] }[] {
  const hits: { kind: "email" | "phone"; range: [number, number] }[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const [local, domain] = [m[0].slice(0, m[0].lastIndexOf("@")), m[0].slice(m[0].lastIndexOf("@") + 1)];
    if (EXAMPLE_DOMAIN.test(domain) || ROLE_MAILBOX.test(local)) continue;
    hits.push({ kind: "email", range: [m.index!, m.index! + m[0].length] });
  }
  for (const pattern of PHONES) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? m[0];
      const digits = value.replace(/\D/g, "").length;
      if (digits < 7 || digits > 15) continue;
      const start = m.index! + m[0].lastIndexOf(value);
      if (hits.some((h) => h.range[0] < start + value.length && start < h.range[1])) continue;
      hits.push({ kind: "phone", range: [start, start + value.length] });
    }
  }
  return hits.sort((a, b) => a.range[0] - b.range[0]);
}

/** `owner:` and `approvals:` name people on purpose. */
function skipped(prompt: ParsedPrompt): Range[] {
  const out: Range[] = [];
  if (prompt.raw?.owner !== undefined) out.push(prompt.locate(["owner"]));
  if (prompt.raw?.approvals !== undefined) out.push(prompt.locate(["approvals"]));
  return out;
}
