/**
 * The prompt file format: the zod schema of a prompt's front matter is the single source of its
 * validation, its TypeScript types and the shipped JSON Schema (schemas/prompt.schema.json).
 */
import { z } from "zod";

export const STATUSES = ["draft", "review", "approved", "deprecated", "retired"] as const;
export type PromptStatus = (typeof STATUSES)[number];
export const RISKS = ["low", "medium", "high"] as const;
export const ROLES = ["librarian", "legal"] as const;
export type ApprovalRole = (typeof ROLES)[number];
export const AI_OUTPUT = ["none", "assisted", "generated"] as const;

/** Semantic versions as semver.org defines them (MAJOR.MINOR.PATCH, optional pre-release and build). */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
export const PROMPT_ID = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const HASH = /^sha256:[0-9a-f]{64}$/;

export const PromptId = z
  .string()
  .regex(PROMPT_ID, "Use lowercase letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit (like `welcome-email`).")
  .describe("The prompt's stable id, used by provenance stamps (`id@version`).");
const Version = z.string().regex(SEMVER, "Use a semantic version such as 1.2.0.");
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 10) === v, "This is not a calendar date.");
const Value = z.union([z.string(), z.number(), z.boolean()]);

export const VariableSchema = z
  .strictObject({
    description: z.string().min(1).describe("What the writer fills in; shown when the prompt is inserted."),
    required: z.boolean().optional().describe("Whether a value must be given (a default counts)."),
    default: Value.optional().describe("The value used when none is given."),
    example: Value.optional().describe("An example value, shown as a hint."),
    enum: z.array(Value).min(1).optional().describe("The only values allowed."),
  })
  .superRefine((v, ctx) => {
    if (v.enum && v.default !== undefined && !v.enum.some((e) => String(e) === String(v.default))) {
      ctx.addIssue({ code: "custom", path: ["default"], message: `The default ${JSON.stringify(v.default)} is not one of the enum values.` });
    }
  });
export type VariableSpec = z.infer<typeof VariableSchema>;

export const ApprovalSchema = z.strictObject({
  by: z.string().min(1).describe('Who approved, as "Name <email>"; must be in `library.librarians`.'),
  role: z.enum(ROLES).describe("librarian | legal"),
  date: IsoDate.describe("The day of the approval (YYYY-MM-DD)."),
  version: Version.describe("The prompt version approved."),
  hash: z.string().regex(HASH, "Use the form sha256:<64 lowercase hex digits>.").describe("The content hash at approval (`sha256:…`)."),
  note: z.string().optional().describe("A reference such as a ticket id."),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const PromptFrontMatterSchema = z.strictObject({
  id: PromptId,
  title: z.string().min(1).describe("A short title, shown in the prompt picker."),
  description: z.string().min(1).describe("When to use the prompt and what it produces."),
  version: Version.describe("The prompt's semantic version; bump it whenever the content changes."),
  status: z.enum(STATUSES).describe("draft | review | approved | deprecated | retired"),
  owner: z.string().min(1).describe('Who maintains the prompt, as "Name <email>".'),
  channel: z.string().min(1).optional().describe("The channel of the copy the prompt produces (a channel of copydesk.yaml)."),
  tags: z.array(z.string().min(1)).nullable().optional().describe("Keywords for search and filtering."),
  risk: z.enum(RISKS).optional().describe("low | medium | high (high needs a legal approval too). Default low."),
  variables: z.record(z.string().regex(VARIABLE_NAME, "Variable names are letters, digits and `_`."), VariableSchema).optional().describe("The `{{variables}}` the template uses."),
  output: z
    .strictObject({ ai: z.enum(AI_OUTPUT).optional().describe("The `ai:` tag that copy made with this prompt must declare.") })
    .optional()
    .describe("What copy made with this prompt must declare."),
  approvals: z.array(ApprovalSchema).nullable().optional().describe("The approval record, oldest first (empty or null before the first approval)."),
  reviewBy: IsoDate.optional().describe("The day by which the prompt must be reviewed again (YYYY-MM-DD)."),
  replacedBy: PromptId.nullable().optional().describe("For deprecated prompts: the id of the prompt to use instead."),
});
export type PromptFrontMatter = z.infer<typeof PromptFrontMatterSchema>;
export const PROMPT_KEYS = Object.keys(PromptFrontMatterSchema.shape) as (keyof PromptFrontMatter)[];
