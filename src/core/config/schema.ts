/**
 * The zod schemas for `copydesk.yaml` and `claims.yaml`: the single source of the file formats
 * (validation, TypeScript types, and the shipped JSON Schemas).
 */
import { z } from "zod";

export const SEVERITIES = ["error", "warning", "info", "hint", "off"] as const;
export const Severity = z.enum(SEVERITIES).describe("error | warning | info | hint | off");
export type SeveritySetting = z.infer<typeof Severity>;
export type FindingSeverity = Exclude<SeveritySetting, "off">;

const Glob = z.string().min(1, "A glob cannot be empty.");
const Globs = z.array(Glob);

export const RuleSetting = z.union([
  Severity,
  z.looseObject({ severity: Severity.optional() }).describe("A severity, plus the rule's own options."),
]);

export const ChannelSchema = z.strictObject({
  match: Globs.optional().describe("Globs (relative to copydesk.yaml) of the documents in this channel."),
  requireCta: z.boolean().optional().describe("Report `cta/missing` when a document has no call to action."),
  maxGrade: z.number().positive().optional().describe("Flesch–Kincaid grade above which `tone/readability` reports."),
  maxLength: z.number().int().positive().optional().describe("Maximum length of the visible copy, in characters."),
  maxSentenceWords: z.number().int().positive().optional().describe("Word limit for `tone/sentence-length` (default 30)."),
  utm: z.array(z.string().min(1)).optional().describe("UTM parameters every external link must carry (`links/tracking`)."),
  requireAi: z.boolean().optional().describe("Every document in this channel must declare `ai:` in front matter."),
});
export type ChannelSetting = z.infer<typeof ChannelSchema>;

export const TermUse = z.strictObject({
  use: z.string().min(1).describe("The approved form."),
  not: z.array(z.string().min(1)).min(1).describe("Variants to replace with the approved form."),
  message: z.string().optional(),
});
export const TermAvoid = z.strictObject({
  avoid: z.array(z.string().min(1)).min(1).describe("Words or phrases not to use."),
  message: z.string().optional().describe("What to say instead."),
});
export const TermSchema = z.union([TermUse, TermAvoid]);
export type TermSetting = z.infer<typeof TermSchema>;

export const ConfigSchema = z.strictObject({
  version: z.literal(1).describe("The configuration format version. Always 1."),
  brand: z.string().optional().describe("The brand name, used in messages."),
  extends: z.enum(["recommended", "strict", "none"]).optional().describe("Built-in profile to start from."),
  files: z
    .strictObject({ include: Globs.optional(), exclude: Globs.optional() })
    .optional()
    .describe("Which files `copydesk lint` and the editor check."),
  channels: z.record(z.string().min(1), ChannelSchema).optional().describe("Channels and their policies."),
  rules: z.record(z.string().min(1), RuleSetting).optional().describe("Per rule or category: a severity, or options."),
  terms: z.array(TermSchema).optional().describe("The brand glossary."),
  cta: z
    .strictObject({
      phrases: z.array(z.string().min(1)).optional().describe("Calls to action that count wherever they appear."),
      verbs: z.array(z.string().min(1)).optional().describe("Imperative verbs that start a call to action."),
    })
    .optional(),
  claims: z
    .strictObject({
      register: z.string().min(1).optional().describe("Path of the approved-claims register, relative to copydesk.yaml."),
      competitors: z.array(z.string().min(1)).optional().describe("Competitor names for `claims/comparative`."),
    })
    .optional(),
  disclosure: z
    .strictObject({
      label: z.string().min(1).optional().describe("The visible AI-disclosure label."),
      labels: z.record(z.string(), z.string().min(1)).optional().describe("Per-channel labels."),
      requireTag: z.boolean().optional().describe("Every document must declare `ai:` in front matter."),
    })
    .optional(),
  library: z
    .strictObject({
      roots: z.array(z.string().min(1)).optional().describe("Prompt library folders."),
      librarians: z.array(z.string().min(1)).optional().describe('Who may approve prompts, as "Name <email>".'),
      reviewEveryDays: z.number().int().positive().optional().describe("Days after approval when a review is due."),
    })
    .optional(),
});
export type ConfigFile = z.infer<typeof ConfigSchema>;

const IsoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), "Use a date as YYYY-MM-DD.");

export const ClaimSchema = z
  .strictObject({
    id: z.string().min(1).describe("The register id copy cites, e.g. CLM-014."),
    text: z.string().min(1).optional().describe("The exact approved phrase (case-insensitive)."),
    pattern: z.string().min(1).optional().describe("A regular expression (RE2 syntax) for the approved phrase."),
    evidence: z.string().min(1).describe("What substantiates the claim."),
    approvedBy: z.string().min(1).describe("Who approved it."),
    expires: IsoDate.optional().describe("The last day the approval holds (YYYY-MM-DD)."),
    channels: z.array(z.string().min(1)).optional().describe("Channels where the claim is approved (all when absent)."),
  })
  .refine((c) => c.text !== undefined || c.pattern !== undefined, {
    message: "A claim needs `text:` (the exact phrase) or `pattern:`.",
  });
export const ClaimsFileSchema = z.strictObject({
  claims: z.array(ClaimSchema).describe("The approved claims."),
});
export type ClaimEntry = z.infer<typeof ClaimSchema>;
