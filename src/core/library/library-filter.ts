/**
 * The Prompt Library view's filter, typed as one line: `channel:email tag:trial status:draft words`.
 * `status:`, `channel:` and `tag:` narrow the prompts (a comma gives alternatives:
 * `status:draft,review`; quotes keep spaces: `tag:"black friday"`); every other word must match
 * the id, title, description or tags, as the library search does.
 */
import { STATUSES } from "./schema.js";
import { fold } from "./search.js";

export interface LibraryFilter {
  /** The search words (matched by `searchEntries`), empty when none. */
  readonly words: string;
  /** Any of these statuses; empty: any status. */
  readonly statuses: readonly string[];
  /** Any of these channels (folded); empty: any channel. */
  readonly channels: readonly string[];
  /** Any of these tags (folded); empty: any tag. */
  readonly tags: readonly string[];
}

export type FilterParse = { readonly ok: true; readonly filter: LibraryFilter | undefined } | { readonly ok: false; readonly message: string };

const KEYS = ["status", "channel", "tag"] as const;
type Key = (typeof KEYS)[number];
/** A token: `key:value`, `key:"quoted value"`, `"quoted words"` or a bare word. */
const TOKEN = /([A-Za-z]+):(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+)/g;

/** Parses the filter line; an empty line is no filter. Bad keys or statuses give a message saying what to type. */
export function parseLibraryFilter(input: string): FilterParse {
  const words: string[] = [];
  const values: Record<Key, string[]> = { status: [], channel: [], tag: [] };
  for (const match of input.matchAll(TOKEN)) {
    const [, key, quotedValue, value, quotedWords, word] = match;
    if (key !== undefined) {
      const name = key.toLowerCase();
      if (!isKey(name)) return { ok: false, message: `"${key}:" is not a filter. Filter with status:, channel: or tag:, or type words to search for.` };
      const given = (quotedValue ?? value ?? "").split(",").map((v) => v.trim()).filter(Boolean);
      if (given.length === 0) return { ok: false, message: `Give a value after "${key}:", for example ${example(name)}.` };
      for (const v of given) {
        if (name === "status" && !(STATUSES as readonly string[]).includes(v.toLowerCase())) {
          return { ok: false, message: `"${v}" is not a status. Use ${STATUSES.join(", ")}.` };
        }
        values[name].push(name === "status" ? v.toLowerCase() : fold(v));
      }
    } else words.push(quotedWords ?? word ?? "");
  }
  const filter: LibraryFilter = {
    words: words.join(" ").trim(),
    statuses: unique(values.status),
    channels: unique(values.channel),
    tags: unique(values.tag),
  };
  return { ok: true, filter: isEmpty(filter) ? undefined : filter };
}

/** The filter as one canonical line (keys first, then the words), to show and to edit again. */
export function formatLibraryFilter(filter: LibraryFilter): string {
  const part = (key: Key, list: readonly string[]) => (list.length ? [`${key}:${list.map(quote).join(",")}`] : []);
  return [...part("status", filter.statuses), ...part("channel", filter.channels), ...part("tag", filter.tags), ...(filter.words ? [filter.words] : [])].join(" ");
}

export function isEmpty(filter: LibraryFilter): boolean {
  return !filter.words && filter.statuses.length === 0 && filter.channels.length === 0 && filter.tags.length === 0;
}

/** Whether a prompt's status, channel and tags pass the filter's keys (the words are searched apart). */
export function matchesKeys(filter: LibraryFilter, summary: { readonly status: string | undefined; readonly channel: string | undefined; readonly tags: readonly string[] }): boolean {
  if (filter.statuses.length && !filter.statuses.includes(summary.status ?? "")) return false;
  if (filter.channels.length && !filter.channels.includes(fold(summary.channel ?? ""))) return false;
  if (filter.tags.length && !summary.tags.some((t) => filter.tags.includes(fold(t)))) return false;
  return true;
}

function isKey(name: string): name is Key {
  return (KEYS as readonly string[]).includes(name);
}

function example(key: Key): string {
  return key === "status" ? "status:approved" : key === "channel" ? "channel:email" : "tag:onboarding";
}

function quote(value: string): string {
  return /[\s,"]/.test(value) ? `"${value.replace(/"/g, "")}"` : value;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
