/**
 * One file of the library index: reading it (its bytes as text, with the problems that make it
 * unreadable or garbled), what it is (a prompt, scanned, or parsed in full when the scanner cannot
 * tell; or not a prompt), and the entry the index keeps for it.
 */
import { decodeText } from "../text/decode.js";
import type { LibraryEntry } from "./library-entries.js";
import { parsePrompt, type ParsedPrompt, type Problem } from "./prompt.js";
import { scanPrompt, summaryFrom, type PromptSummary } from "./scan.js";
import { searchKeys, type SearchKeys } from "./search.js";

/**
 * What a file's text makes in the index: a prompt's summary (from the scanner, or from the full
 * parse, kept, when the scanner cannot tell), or undefined when it is not a prompt. A file with
 * load problems (unreadable, binary, not UTF-8) stays in the index, so that its problems show.
 */
export function classify(path: string, text: string, loadProblems: readonly Problem[]): { summary: PromptSummary; parsed: ParsedPrompt | undefined } | undefined {
  const scan = safeScan(text);
  if (scan.kind === "prompt") return { summary: scan.summary, parsed: undefined };
  if (scan.kind === "other" && loadProblems.length === 0) return undefined;
  const parsed = parsePrompt(path, text, { loadProblems });
  if (!parsed.isPrompt && loadProblems.length === 0) return undefined;
  return { summary: summaryFrom(parsed.raw ?? {}), parsed };
}

/**
 * An indexed file. The search keys are made on first use: folding 10,000 titles and descriptions
 * costs more than a load from a snapshot does otherwise, and only a search needs them.
 */
export class Entry implements LibraryEntry {
  private searchKeys: SearchKeys | undefined;
  constructor(
    readonly path: string,
    readonly relativePath: string,
    readonly text: string,
    readonly summary: PromptSummary,
    readonly loadProblems: readonly Problem[],
    private parsedOnce: ParsedPrompt | undefined,
  ) {}

  get keys(): SearchKeys {
    return (this.searchKeys ??= searchKeys(this.summary));
  }

  parsed(): ParsedPrompt {
    return (this.parsedOnce ??= parsePrompt(this.path, this.text, { loadProblems: this.loadProblems }));
  }
}

/** A file's text and the problems reading it (`transient` when the read failed, and may not next time); undefined when it is gone. */
export type ReadResult = { text: string; problems: Problem[]; transient?: true } | undefined;

export function fromBytes(bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes);
  if (decoded.binary) return { text: "", problems: [{ range: [0, 0], message: "This file is binary, not text, so it cannot be a prompt. Move it out of the library folder, or save it as UTF-8 Markdown." }] };
  if (!decoded.valid) {
    const at = Math.max(0, decoded.text.indexOf("\uFFFD"));
    return { text: decoded.text, problems: [{ range: [at, at + 1], message: "This file is not valid UTF-8 (the first bad byte is here), so its text may be garbled. Save it as UTF-8." }] };
  }
  return { text: decoded.text, problems: [] };
}

export function unreadable(error: unknown): ReadResult {
  return { text: "", problems: [{ range: [0, 0], message: `This file could not be read: ${(error as Error).message}.` }], transient: true };
}

function safeScan(text: string): ReturnType<typeof scanPrompt> {
  try {
    return scanPrompt(text);
  } catch {
    return { kind: "complex" };
  }
}
