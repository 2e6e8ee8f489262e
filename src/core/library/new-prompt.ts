/** `library new`: a fresh draft, from the built-in skeleton or as a copy of another prompt. */
import type { ParsedPrompt } from "./prompt.js";
import { PROMPT_ID } from "./schema.js";
import { CLI_STEPS, type StepOptions } from "./next-steps.js";
import { applyEdits, deleteField, EditError, formatScalar, setField, type TextEdit } from "./yaml-edit.js";

export const FIRST_VERSION = "0.1.0";

export type NewResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export interface NewOptions extends StepOptions {
  readonly id: string;
  /** "Name <email>" of the new prompt's owner. */
  readonly owner: string;
  /** A prompt to copy: its body, variables and metadata, with its own history left behind. */
  readonly template?: ParsedPrompt;
  /** The title (default: from the id, or the template's). */
  readonly title?: string;
  /** The channel (default: none, or the template's). */
  readonly channel?: string;
}

export function newPrompt(options: NewOptions): NewResult {
  const { id, owner, template, title, channel } = options;
  if (!PROMPT_ID.test(id)) return { ok: false, reason: `"${id}" is not a valid prompt id: use lowercase letters, digits, \`-\`, \`_\` and \`.\` (like \`welcome-email\`).` };
  if (title !== undefined && title.trim() === "") return { ok: false, reason: "The title is empty; give a short title writers recognise." };
  if (!template) return { ok: true, text: skeleton(id, owner, title?.trim(), channel) };
  if (!template.isPrompt || !template.raw) return { ok: false, reason: `The template's front matter is not valid; fix it first (see ${(options.steps ?? CLI_STEPS).check}).` };
  try {
    const edits: TextEdit[] = [
      ...setField(template, "id", id),
      ...setField(template, "version", FIRST_VERSION),
      ...setField(template, "status", "draft"),
      ...setField(template, "owner", owner),
      ...deleteField(template, "approvals"),
      ...deleteField(template, "reviewBy"),
      ...deleteField(template, "replacedBy"),
      ...(title !== undefined ? setField(template, "title", title.trim()) : []),
      ...(channel !== undefined ? setField(template, "channel", channel) : []),
    ];
    return { ok: true, text: applyEdits(template.text, edits) };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, reason: error.message };
    throw error;
  }
}

function skeleton(id: string, owner: string, given?: string, channel?: string): string {
  const title = given ?? id.replace(/[-_.]+/g, " ").replace(/^\w/, (c) => c.toUpperCase());
  return `---
id: ${id}
title: ${formatScalar(title)}
description: What this prompt produces, and when to use it.
version: ${FIRST_VERSION}
status: draft
owner: ${formatScalar(owner)}
${channel !== undefined ? `channel: ${formatScalar(channel)}\n` : ""}tags: []
risk: low                      # low | medium | high (high needs a legal approval too)
variables:
  topic: { description: What the copy is about, required: true, example: our spring release }
  audience: { description: Who will read it, required: true, example: IT managers }
output:
  ai: assisted                 # the ai tag copy made with this prompt must declare
---
Write copy about {{topic}} for {{audience}}.

Describe the task, the voice, the length and the one call to action you expect.
`;
}
