/** Generates the JSON Schemas that editors use for completion, from the zod schemas (the single source). */
import { z } from "zod";
import { ConfigSchema, ClaimsFileSchema } from "../src/core/config/schema.js";
import { PromptFrontMatterSchema } from "../src/core/library/schema.js";

export const SCHEMA_FILES = {
  "schemas/copydesk.schema.json": { schema: ConfigSchema, title: "Copydesk configuration (copydesk.yaml)" },
  "schemas/claims.schema.json": { schema: ClaimsFileSchema, title: "Copydesk approved-claims register (claims.yaml)" },
  "schemas/prompt.schema.json": { schema: PromptFrontMatterSchema, title: "Copydesk prompt front matter (prompts/**/*.md)" },
} as const;

export function generateSchema(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-7" }) as Record<string, unknown>;
  return JSON.stringify({ ...json, title }, null, 2) + "\n";
}
