import { defineGovernanceRule } from "./types.js";
import { MAX_PROMPT_CHARS } from "../prompt.js";

interface Shape {
  readonly name: string;
  readonly pattern: RegExp;
  /** The capture group that holds the secret (default: the whole match). */
  readonly group?: number;
  readonly accept?: (value: string) => boolean;
}

const hasDigitAndLetter = (v: string) => /\d/.test(v) && /[A-Za-z]/.test(v);
const PLACEHOLDER = /^(?:\{\{.*\}\}|<[^>]*>|\$\{[^}]*\}|\$[A-Z_]+|%[A-Z_]+%|\*+|x+|X+|\.{3}|…|changeme|password|secret|redacted|example|your[-_]?\w*)$/i;

/** Credential shapes with few false alarms on prose: fixed prefixes, key headers, or a keyword plus a token-like value. */
export const SECRET_SHAPES: readonly Shape[] = [
  { name: "an AWS access key id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { name: "an AWS secret access key", pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi, group: 1 },
  { name: "a GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { name: "a GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/g },
  { name: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: "a Slack webhook URL", pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/g },
  { name: "a Stripe secret key", pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { name: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { name: "an OpenAI or Anthropic API key", pattern: /\bsk-(?:(?:proj|svcacct|admin|ant(?:-[a-z]+\d*)?)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{32,})(?![A-Za-z0-9_-])/g, accept: hasDigitAndLetter },
  { name: "a SendGrid API key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g },
  { name: "a JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  { name: "a private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { name: "a bearer token", pattern: /\b[Bb]earer\s+([A-Za-z0-9\-._~+/]{20,}=*)/g, group: 1, accept: hasDigitAndLetter },
  { name: "basic-auth credentials", pattern: /\bAuthorization\s*:\s*Basic\s+([A-Za-z0-9+/]{12,}={0,2})/gi, group: 1 },
  { name: "a password in a URL", pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@[^\s/]+/gi, group: 1, accept: (v) => !PLACEHOLDER.test(v) },
  {
    name: "a password or key assignment",
    pattern: /\b(?:password|passwd|pwd|passcode|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)["']?\s*[:=]\s*["']?([^\s"'`<>{}]{8,})/gi,
    group: 1,
    accept: (v) => hasDigitAndLetter(v) && !PLACEHOLDER.test(v),
  },
];

/** API keys, tokens, private keys and passwords written into a prompt file. */
export default defineGovernanceRule({
  id: "library/secret",
  category: "library",
  meta: {
    description: "A credential (API key, token, private key or password) in a prompt",
    defaultSeverity: "error",
    fixable: false,
  },
  check(prompt, context) {
    if (prompt.text.length > MAX_PROMPT_CHARS) return;
    for (const hit of findSecrets(prompt.text)) {
      context.report({
        range: hit.range,
        message: `This looks like ${hit.name}. Prompts are shared with every writer and pasted into AI tools, so a credential here is leaked. Remove it, rotate the credential, and use a placeholder such as {{api_key}} if the prompt needs one.`,
      });
    }
  },
});

export function findSecrets(text: string): { name: string; range: [number, number] }[] {
  const hits: { name: string; range: [number, number] }[] = [];
  for (const shape of SECRET_SHAPES) {
    for (const m of text.matchAll(shape.pattern)) {
      const value = m[shape.group ?? 0]!;
      if (shape.accept && !shape.accept(value)) continue;
      const start = m.index! + (shape.group ? m[0].lastIndexOf(value) : 0);
      if (hits.some((h) => h.range[0] <= start && start < h.range[1])) continue;
      hits.push({ name: shape.name, range: [start, start + value.length] });
    }
  }
  return hits.sort((a, b) => a.range[0] - b.range[0]);
}
