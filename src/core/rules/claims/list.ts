/**
 * The claims phrase lists are data (`<name>.yaml` beside each rule), in Vale's vocabulary: `kind`,
 * `tokens` (regular expressions, matched as whole words), `exceptions` (a token match that overlaps
 * an exception match is not a claim), `ignorecase`, `message` with named placeholders
 * (`{match}`), `description`. `vars` names shared alternations that tokens use as `{{name}}`.
 * Rules with context checks add their own keys (`terms:` for free offers, `beat:`/`versus:` for
 * comparisons, `quotes:` for testimonials). Each list is validated at load (schema, placeholders,
 * `{{vars}}`), and its token and exception RegExps are built on first use: constructing them costs
 * more than a cold start can spare (see compileList).
 */
import { z } from "zod";
import { candidates } from "./prefilter.js";

const Pattern = z.string().min(1);

const Message = z
  .string()
  .min(1)
  .refine((m) => !/%[sdv]/.test(m), "Use named placeholders such as {match}, never %s.")
  .refine((m) => [...m.matchAll(/\{(\w+)\}/g)].every((p) => p[1] === "match"), "The only placeholder is {match}.");

export const ClaimListSchema = z.strictObject({
  kind: z.literal("existence").describe("How the list is applied: every token match is a finding."),
  description: z.string().min(1).describe("The rule's fixed title."),
  message: Message.describe("The finding's message; {match} is the matched text."),
  ignorecase: z.boolean().default(true),
  vars: z.record(z.string().regex(/^\w+$/), Pattern).default({}).describe("Shared alternations, used in patterns as {{name}}."),
  tokens: z.array(Pattern).min(1).describe("Regular expressions of the claim phrases, matched as whole words."),
  exceptions: z.array(Pattern).default([]).describe("Phrases that contain a token but make no claim."),
});

export const FreeListSchema = ClaimListSchema.extend({
  terms: z.array(Pattern).min(1).describe("Terms that, in the same sentence, make a free offer complete."),
});

export const ComparativeListSchema = ClaimListSchema.extend({
  beat: z.strictObject({
    tokens: z.array(Pattern).min(1).describe("Verbs of beating a rival."),
    objects: z.array(Pattern).min(1).describe("What follows the verb when a rival is meant (besides a name)."),
    exceptions: z.array(Pattern).default([]).describe("Idioms that beat no rival."),
  }),
  versus: z.array(Pattern).min(1).describe("Words that set two things against each other."),
  brandSides: z.array(Pattern).default([]).describe("Words that stand for the brand before `vs.`."),
});

export const TestimonialListSchema = ClaimListSchema.extend({
  quotes: z.strictObject({
    minWords: z.number().int().positive(),
    endorsement: z.array(Pattern).min(1).describe("Words that make a quotation an endorsement."),
    notEndorsementBefore: z.array(Pattern).default([]).describe("Words before a quotation that make it a label, title or example."),
    speechVerbs: z.array(Pattern).min(1).describe("Verbs that attribute a quotation to its speaker."),
    anonymous: z.array(Pattern).default([]).describe("Words that stand for an unnamed source."),
  }),
});

export type ClaimList = z.infer<typeof ClaimListSchema>;

/** Characters that make up words: a token never starts or ends inside a word. */
export const WORD_CHAR = "[\\p{L}\\p{N}_]";

export interface CompiledList {
  readonly description: string;
  readonly message: string;
  readonly tokens: readonly RegExp[];
  readonly exceptions: readonly RegExp[];
  /**
   * Compiles another pattern with the list's vars and case setting: by default global and matched as
   * whole words; `anchored` patterns are tested once against a string (no global, no multiline flag).
   */
  pattern(source: string, mode?: "words" | "anchored"): RegExp;
}

export function expandVars(source: string, vars: Readonly<Record<string, string>>): string {
  return source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Unknown variable {{${name}}} in ${JSON.stringify(source)}.`);
    return `(?:${value})`;
  });
}

/**
 * Validates a parsed YAML list with `schema` and prepares its patterns; throws on a bad file. The
 * schema and every `{{var}}` are checked now; the RegExps of `tokens` and `exceptions` are built
 * the first time they are read (once), because constructing some hundred Unicode-aware RegExps at
 * import took a good part of the CLI's and the extension's start. A pattern that is not a valid
 * regular expression then throws, on that first read, naming the file and the pattern.
 */
export function compileList<S extends typeof ClaimListSchema>(name: string, data: unknown, schema: S = ClaimListSchema as S): { list: z.infer<S>; compiled: CompiledList } {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`claims/${name}.yaml: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const list = parsed.data as ClaimList;
  const i = list.ignorecase ? "i" : "";
  const build = (expanded: string, mode: "words" | "anchored") =>
    mode === "anchored" ? new RegExp(expanded, `${i}u`) : new RegExp(`(?<!${WORD_CHAR})(?:${expanded})(?!${WORD_CHAR})`, `g${i}mu`);
  const pattern = (source: string, mode: "words" | "anchored" = "words") => build(expandVars(source, list.vars), mode);
  /** The field's patterns, expanded now (an unknown `{{var}}` throws at load), compiled on first use. */
  const deferred = (field: "tokens" | "exceptions") => {
    const expanded = list[field].map((source) => expandVars(source, list.vars));
    let compiled: readonly RegExp[] | undefined;
    return () =>
      (compiled ??= expanded.map((source, n) => {
        try {
          return build(source, "words");
        } catch (e) {
          throw new Error(`claims/${name}.yaml: ${field}.${n}: ${(e as Error).message}`);
        }
      }));
  };
  const tokens = deferred("tokens");
  const exceptions = deferred("exceptions");
  return {
    list: parsed.data,
    compiled: {
      description: list.description,
      message: list.message,
      get tokens() {
        return tokens();
      },
      get exceptions() {
        return exceptions();
      },
      pattern,
    },
  };
}

/** Replaces `{name}` placeholders. */
export function formatMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Every match of each pattern in `text`, as spans (empty matches skipped). Only the patterns whose
 * words the text has run (see prefilter.ts); the others cannot match.
 */
export function findAll(patterns: readonly RegExp[], text: string): Span[] {
  return matchEach(candidates(patterns, text), text);
}

const GUARD_BEFORE = `(?<!${WORD_CHAR})`;
const GUARD_AFTER = `(?!${WORD_CHAR})`;
const ASCII_WORD_CHAR = "[A-Za-z0-9_]";
const NON_ASCII = /[^\x00-\x7f]/;
/** A letter or digit outside ASCII. */
const NON_ASCII_WORD = /(?![\x00-\x7f])[\p{L}\p{N}]/u;
const asciiTwins = new WeakMap<RegExp, RegExp>();

/**
 * Whether the ASCII whole-word guards (`[A-Za-z0-9_]`) decide as the list's `[\p{L}\p{N}_]` do at
 * every position of `text`: when it has no letter or digit outside ASCII (typographic quotes,
 * dashes and other symbols do not matter). True for most English copy.
 */
export function asciiGuardsHold(text: string): boolean {
  // The lists of a block ask about the same text one after another.
  if (text !== lastGuardText) {
    lastGuardText = text;
    lastGuardHolds = !NON_ASCII.test(text) || !NON_ASCII_WORD.test(text);
  }
  return lastGuardHolds;
}
let lastGuardText = "";
let lastGuardHolds = true;

/**
 * `re` with ASCII whole-word guards, for texts where `asciiGuardsHold`. V8 compiles a lookaround on
 * `[\p{L}\p{N}_]` several times slower than one on `[A-Za-z0-9_]` (about a millisecond a
 * pattern, and the lists have hundreds): that compilation was most of a session's first lint.
 * The body and flags are the same; only the guards differ.
 */
export function asciiTwin(re: RegExp): RegExp {
  let twin = asciiTwins.get(re);
  if (!twin) {
    const source = re.source;
    twin = source.startsWith(GUARD_BEFORE) && source.endsWith(GUARD_AFTER)
      ? new RegExp(`(?<!${ASCII_WORD_CHAR})${source.slice(GUARD_BEFORE.length, source.length - GUARD_AFTER.length)}(?!${ASCII_WORD_CHAR})`, re.flags)
      : re;
    asciiTwins.set(re, twin);
  }
  return twin;
}

/**
 * As findAll, running every pattern (the reference that the prefilter must agree with). Where the
 * text allows, each pattern runs as its ASCII-guarded twin (`asciiTwin`); `twins: false` runs the
 * patterns as written (the reference the twins must agree with).
 */
export function matchEach(patterns: readonly RegExp[], text: string, twins = true): Span[] {
  const out: Span[] = [];
  const ascii = twins && patterns.length > 0 && asciiGuardsHold(text);
  for (const written of patterns) {
    const re = ascii ? asciiTwin(written) : written;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Token matches minus those that overlap an exception match, overlapping matches joined. */
export function existence(list: CompiledList, text: string): Span[] {
  const matches = findAll(list.tokens, text);
  if (matches.length === 0) return [];
  const exceptions = findAll(list.exceptions, text);
  return longestFirst(matches.filter((m) => !exceptions.some((e) => overlaps(e, m))), text);
}

/**
 * Non-overlapping spans: a span inside another is dropped; spans that partly overlap, or that only
 * a space separates (`money-back guarantee`), are joined into one phrase.
 */
export function longestFirst(spans: readonly Span[], text?: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const adjacent = last !== undefined && text !== undefined && s.start >= last.end && /^[ \t]+$/.test(text.slice(last.end, s.start));
    if (last && (s.start < last.end || adjacent)) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
