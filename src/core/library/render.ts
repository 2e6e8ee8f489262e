/**
 * Rendering a prompt for a writer: fill the variables (given values, then defaults), check every
 * value at once (required, enum, unknown names), and return the text with its provenance stamp.
 */
import type { ParsedPrompt } from "./prompt.js";
import type { VariableSpec } from "./schema.js";
import { renderTemplate } from "./template.js";
import { CLI_STEPS, type StepOptions } from "./next-steps.js";

export interface RenderProblem {
  readonly variable: string;
  readonly message: string;
}

export type RenderResult =
  | { readonly ok: true; readonly text: string; readonly stamp: string; readonly values: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problems: readonly RenderProblem[] };

export function provenanceStamp(id: string, version: string): string {
  return `<!-- copydesk prompt: ${id}@${version} -->`;
}

export function renderPrompt(prompt: ParsedPrompt, given: Readonly<Record<string, string>>, options: StepOptions = {}): RenderResult {
  const data = prompt.data;
  if (!data || prompt.template.error) {
    return { ok: false, problems: [{ variable: "", message: `The prompt is not valid, so it cannot be rendered. Fix its \`library/schema\` errors (see ${(options.steps ?? CLI_STEPS).check}).` }] };
  }
  const specs: Record<string, VariableSpec> = data.variables ?? {};
  const problems: RenderProblem[] = [];
  const values: Record<string, string> = {};
  for (const name of Object.keys(given)) {
    if (!(name in specs)) {
      const known = Object.keys(specs);
      problems.push({ variable: name, message: `${data.id} has no variable \`${name}\`. ${known.length ? `Its variables are: ${known.join(", ")}.` : "It takes no variables."}` });
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name] ?? (spec.default !== undefined ? String(spec.default) : undefined);
    if (value === undefined || value.trim() === "") {
      if (spec.required) {
        const example = spec.example !== undefined ? ` (for example: ${String(spec.example)})` : "";
        problems.push({ variable: name, message: `\`${name}\` is required: ${spec.description}${example}. Give it with --var ${name}=…` });
      } else values[name] = "";
      continue;
    }
    if (spec.enum && !spec.enum.some((e) => String(e) === value)) {
      problems.push({ variable: name, message: `\`${name}\` must be one of ${spec.enum.map((e) => JSON.stringify(String(e))).join(", ")}, not ${JSON.stringify(value)}.` });
      continue;
    }
    values[name] = value;
  }
  if (problems.length) return { ok: false, problems };
  const body = renderTemplate(prompt.body, values).replace(/^(?:[ \t]*\r?\n)+/, "").replace(/\s+$/, "");
  const stamp = provenanceStamp(data.id, data.version);
  return { ok: true, stamp, values, text: `${stamp}\n${body}\n` };
}
