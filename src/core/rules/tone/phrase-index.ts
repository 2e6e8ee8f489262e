/**
 * One pass that tells every write-good phrase rule where it might match. Each compiled list
 * registers here and gets a bit; for each ASCII word of a run, a single hash lookup (two when the
 * word's first characters include spaces) gives the bits of the lists that have a phrase filed under
 * that hash. A rule then tries only its flagged words. Five lists cost one scan instead of five.
 */
import type { ProseBlock } from "../../document/index.js";
import { asciiWords } from "../../text/words.js";
import { KEY_CHARS, fold, isGapCode, type OrderedAlternation } from "./alternation.js";

/** What the index needs of a list: where its phrases are filed (read when the index is first built). */
export type FiledList = Pick<OrderedAlternation, "filing">;

const lists: FiledList[] = [];
let index: { readonly keys: Map<number, number>; readonly firsts: Uint32Array } | undefined;
const memo = new WeakMap<ProseBlock, { readonly lists: number; readonly masks: Uint32Array }>();

/** Registers a list; returns its bit. Its `filing` is read only when the index is built (the first check). */
export function registerList(list: FiledList): number {
  if (lists.length === 32) throw new Error("At most 32 phrase lists can share the phrase index.");
  lists.push(list);
  index = undefined;
  return 2 ** (lists.length - 1);
}

function build(): NonNullable<typeof index> {
  const keys = new Map<number, number>();
  const firsts = new Uint32Array(128);
  lists.forEach((list, i) => {
    const bit = 2 ** i;
    const { keys: k, firsts: f } = list.filing;
    for (const key of k) keys.set(key, (keys.get(key) ?? 0) | bit);
    for (const c of f) if (c < 128) firsts[c]! |= bit;
  });
  return { keys, firsts };
}

/** For each ASCII word of `run`, the bits of the lists that may match there (computed once per run). */
export function candidateMasks(run: ProseBlock): Uint32Array {
  const hit = memo.get(run);
  if (hit && hit.lists === lists.length) return hit.masks;
  index ??= build();
  const { keys, firsts } = index;
  const text = run.text;
  const n = text.length;
  const words = asciiWords(run);
  const masks = new Uint32Array(words.count);
  for (let w = 0; w < words.count; w++) {
    const p = words.starts[w]!;
    let mask = firsts[fold(text.charCodeAt(p), true)] ?? 0;
    let h = 0;
    let taken = 0;
    let gap = false;
    for (let q = p; q < n && taken < KEY_CHARS; q++, taken++) {
      let c = text.charCodeAt(q);
      if (c >= 65 && c <= 90) c += 32;
      else if (c <= 32 || c >= 128) {
        if (isGapCode(c)) gap = true;
        c = fold(c, true);
      }
      h = (Math.imul(h, 31) + c) & 0x3fffffff;
    }
    if (taken === KEY_CHARS) mask |= keys.get(h) ?? 0;
    if (gap) {
      h = 0;
      taken = 0;
      for (let q = p; q < n && taken < KEY_CHARS; q++) {
        const c = text.charCodeAt(q);
        if (isGapCode(c)) continue;
        h = (Math.imul(h, 31) + fold(c, true)) & 0x3fffffff;
        taken++;
      }
      if (taken === KEY_CHARS) mask |= keys.get(h) ?? 0;
    }
    masks[w] = mask;
  }
  memo.set(run, { lists: lists.length, masks });
  return masks;
}
