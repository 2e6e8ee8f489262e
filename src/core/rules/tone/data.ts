/**
 * The tone rules' phrase lists are data: `<name>.yaml` beside each rule, in Vale's vocabulary,
 * bundled with the code (never read at lint time) and checked here, once, when the rule loads.
 * The write-good lists are generated from the installed packages by `scripts/gen-tone-data.ts`.
 */
import { z } from "zod";

export const ToneListSchema = z.strictObject({
  /** `existence`: report each token; `substitution`: report each token, offering its `swap` where one exists. */
  kind: z.enum(["existence", "substitution"]),
  description: z.string().min(1),
  /** Shown with each finding; named placeholders such as `{match}`. */
  message: z.string().min(1),
  /** For substitutions that have a replacement: placeholders `{match}` and `{replacement}`. */
  swapMessage: z.string().min(1).optional(),
  ignorecase: z.boolean(),
  /** Where the list comes from (`package@version`), for generated files. */
  source: z.string().optional(),
  /** The phrases, in the order that decides between overlapping matches. */
  tokens: z.array(z.string().min(1)).optional(),
  /** Words or phrases that are never reported (acronyms for tone/shouting). */
  exceptions: z.array(z.string().min(1)).optional(),
  /** Replacements for some tokens (lower case key → replacement). */
  swap: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** tone/passive: irregular past participles (regular ones end in -ed). */
  participles: z.array(z.string().min(1)).optional(),
});

export type ToneList = z.infer<typeof ToneListSchema>;

/** Validates a bundled list when its rule loads; a broken file is a build error, named by rule. */
export function toneList(raw: unknown, ruleId: string): ToneList {
  const parsed = ToneListSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The data file of ${ruleId} is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown problem"}`);
  }
  return parsed.data;
}

/** The list's tokens; a rule whose file has none cannot work. */
export function tokensOf(list: ToneList, ruleId: string): readonly string[] {
  if (!list.tokens || list.tokens.length === 0) throw new Error(`The data file of ${ruleId} has no tokens.`);
  return list.tokens;
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `word` as it should appear in a message: line breaks and runs of spaces become one space. */
export function shown(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The case pattern of `found` applied to `replacement`: capitalised stays capitalised, ALL CAPS stays caps. */
export function matchCase(found: string, replacement: string): string {
  const letters = found.replace(/[^A-Za-z]/g, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = found[0] ?? "";
  if (first >= "A" && first <= "Z") return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
