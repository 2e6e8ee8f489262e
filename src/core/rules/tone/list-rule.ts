/**
 * The shape shared by the write-good phrase rules (weasel, adverb, wordy, cliché, e-prime): a
 * bundled list compiled once into an `OrderedAlternation`, run over the ASCII words of each run of
 * prose (see runs.ts), which every write-good rule shares, so the words are scanned once.
 */
import type { CopyDocument, ProseBlock } from "../../document/index.js";
import type { RuleContext } from "../types.js";
import { asciiWords } from "../../text/words.js";
import { OrderedAlternation, type AlternationOptions } from "./alternation.js";
import { fillMessage, shown, tokensOf, toneList, type ToneList } from "./data.js";
import { forEachRun } from "./runs.js";
import { candidateMasks, registerList } from "./phrase-index.js";

export interface CompiledList {
  readonly list: ToneList;
  /** Built on first use (the phrase index's or the rule's), not at import: see compileList. */
  readonly matcher: OrderedAlternation;
  /** The list's bit in the shared phrase index. */
  readonly bit: number;
}

/**
 * Validates the list now (its description is the rule's title) and takes its bit in the phrase
 * index; the `OrderedAlternation` over its phrases is built the first time a document is checked,
 * so importing the rules (every CLI command, the extension's first lint) does not pay for hashing
 * some thousand phrases. A phrase the matcher cannot take throws then, as it did at import.
 */
export function compileList(raw: unknown, ruleId: string, options: AlternationOptions = {}): CompiledList {
  const list = toneList(raw, ruleId);
  const tokens = tokensOf(list, ruleId);
  let matcher: OrderedAlternation | undefined;
  const matcherOf = () => (matcher ??= new OrderedAlternation(tokens, options));
  const bit = registerList({
    get filing() {
      return matcherOf().filing;
    },
  });
  return {
    list,
    get matcher() {
      return matcherOf();
    },
    bit,
  };
}

/** Called for each match with offsets relative to `run`; returns a replacement to offer as a fix, if any. */
export type OnMatch = (run: ProseBlock, start: number, end: number, phrase: string) => { skip?: boolean; template?: string; replacement?: string } | void;

/** Reports every match of `compiled` in the document, with the list's message. */
export function reportList(compiled: CompiledList, document: CopyDocument, context: RuleContext<any>, onMatch?: OnMatch): void {
  const phrases = compiled.matcher.phrases;
  const messages = new Map<string, string>();
  forEachRun(document, context, (run) => {
    const text = run.text;
    const base = run.range[0];
    for (const m of compiled.matcher.findAll(text, asciiWords(run), candidateMasks(run), compiled.bit)) {
      const phrase = phrases[m.index]!;
      const decision = onMatch?.(run, m.start, m.end, phrase) ?? {};
      if (decision.skip) continue;
      const found = text.slice(m.start, m.end);
      const match = /\s\s|[^\S ]/.test(found) ? shown(found) : found;
      const replacement = decision.replacement;
      const range: [number, number] = [base + m.start, base + m.end];
      const template = decision.template ?? compiled.list.message;
      const key = `${template.length}\u0000${match}\u0000${replacement ?? ""}`;
      let message = messages.get(key);
      if (message === undefined) {
        message = fillMessage(template, replacement === undefined ? { match } : { match, replacement });
        messages.set(key, message);
      }
      context.report({
        range,
        message,
        ...(replacement === undefined ? {} : { fix: { range, text: replacement } }),
        data: { match, phrase },
      });
    }
  });
}
