import type { ResolvedConfig } from "../../config/resolved.js";
import { PhraseMatcher } from "../match/phrase-matcher.js";

export interface UseTerm {
  readonly use: string;
  readonly variant: string;
  readonly message?: string;
  /** Variants that differ from `use` only in case match exactly, or `use` itself would match. */
  readonly exactCase: boolean;
}

export interface AvoidTerm {
  readonly word: string;
  readonly message?: string;
}

export interface Glossary {
  readonly use: PhraseMatcher<UseTerm>;
  readonly avoid: PhraseMatcher<AvoidTerm>;
}

const compiled = new WeakMap<ResolvedConfig, Glossary>();

/** The glossary compiled once per configuration. */
export function glossary(config: ResolvedConfig): Glossary {
  let g = compiled.get(config);
  if (!g) {
    const use: [string, UseTerm][] = [];
    const avoid: [string, AvoidTerm][] = [];
    for (const term of config.terms) {
      if ("use" in term) {
        for (const variant of term.not) {
          const exactCase = variant.toLowerCase() === term.use.toLowerCase();
          if (variant === term.use) continue;
          use.push([variant, { use: term.use, variant, message: term.message, exactCase }]);
        }
      } else {
        for (const word of term.avoid) avoid.push([word, { word, message: term.message }]);
      }
    }
    g = { use: new PhraseMatcher(use), avoid: new PhraseMatcher(avoid) };
    compiled.set(config, g);
  }
  return g;
}

/** `use` written in the case pattern of `found`: ALL CAPS stays caps, a capitalised first letter stays capitalised. */
export function keepCase(found: string, use: string): string {
  const letters = found.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && use.replace(/[^\p{L}]/gu, "") !== use.replace(/[^\p{L}]/gu, "").toUpperCase()) {
    return use.toUpperCase();
  }
  const f = found[0] ?? "";
  const u = use[0] ?? "";
  if (f !== f.toLowerCase() && u === u.toLowerCase()) return u.toUpperCase() + use.slice(1);
  return use;
}
