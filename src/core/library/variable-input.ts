/**
 * A prompt's variables as a writer fills them in: one input per declared variable, in declaration
 * order, and the message to show while a value is typed. The editor's Insert Approved Prompt asks
 * with these; renderPrompt checks the values once more when it renders.
 */
import type { ParsedPrompt } from "./prompt.js";
import type { VariableSpec } from "./schema.js";

/** Values longer than this are refused: a variable fills a phrase of the prompt, not a document. */
export const MAX_VALUE_CHARS = 2000;

export interface VariableInput {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** The value offered first (pre-filled, or the first choice). */
  readonly default: string | undefined;
  /** Shown as a hint (the input's placeholder). */
  readonly example: string | undefined;
  /** The enum values, the default first; undefined when any text is allowed. */
  readonly choices: readonly string[] | undefined;
}

/** The inputs for a valid prompt's variables, in the order the front matter declares them. */
export function variableInputs(prompt: ParsedPrompt): VariableInput[] {
  const specs: Record<string, VariableSpec> = prompt.data?.variables ?? {};
  return Object.entries(specs).map(([name, spec]) => {
    const fallback = spec.default !== undefined ? String(spec.default) : undefined;
    const values = spec.enum?.map(String);
    const choices = values && fallback !== undefined && values.includes(fallback) ? [fallback, ...values.filter((v) => v !== fallback)] : values;
    return {
      name,
      description: spec.description,
      required: spec.required === true,
      default: fallback,
      example: spec.example !== undefined ? String(spec.example) : undefined,
      choices,
    };
  });
}

/** What is wrong with `value` for this variable, said so the writer can fix it; undefined when it is fine. */
export function validateVariableValue(input: VariableInput, value: string): string | undefined {
  if (value.trim() === "") {
    if (!input.required) return undefined;
    const hint = input.example !== undefined ? ` For example: ${input.example}.` : input.default !== undefined ? ` The default is ${input.default}.` : "";
    return `${input.name} is required: ${withoutStop(input.description)}.${hint}`;
  }
  if (input.choices && !input.choices.includes(value)) {
    return `${input.name} must be one of ${input.choices.join(", ")}; "${clip(value)}" is not.`;
  }
  if (/[\r\n]/.test(value)) {
    return `${input.name} must fit on one line: a line break would split the prompt's sentence. Join the lines, or write a list in the prompt itself.`;
  }
  if (value.length > MAX_VALUE_CHARS) {
    return `${input.name} is ${value.length.toLocaleString("en")} characters long; a value may have at most ${MAX_VALUE_CHARS.toLocaleString("en")}. Shorten it, or put the material in the copy after the prompt.`;
  }
  return undefined;
}

/** "n of m" titles for the inputs: `Welcome email: audience (2 of 3)`. */
export function inputTitle(promptTitle: string, input: VariableInput, step: number, total: number): string {
  return `${promptTitle}: ${input.name} (${step} of ${total})`;
}

function withoutStop(text: string): string {
  return text.replace(/[.\s]+$/, "");
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
