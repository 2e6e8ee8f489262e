/**
 * Insert Approved Prompt with a 10,000-prompt library: what one keystroke in the QuickPick costs
 * the extension, computed as the command computes it (PromptPicker: the prompts still matching,
 * ranked by the library search, then the QuickPick items for the rows shown), for the prefixes of
 * queries a writer types, each query in a freshly opened picker (opening is timed apart).
 * Target: under 16 ms a keystroke (one frame), so the list follows typing.
 */
import { generatePrompt } from "../../../bench/library.js";
import { resolveConfig } from "../../../src/core/config/resolve.js";
import { memoryHost } from "../../../src/core/host.js";
import { LibraryIndex } from "../../../src/core/library/library-index.js";
import { PromptPicker } from "../../../src/core/library/prompt-picker.js";
import { quickPickItems } from "../../../src/extension/library/insert-ui.js";
import type { Bench } from "./bench.js";

const COUNT = 10_000;
const ROOT = "/bench";
/** What a writer types, one keystroke at a time: a title word and a tag, an id, a word no prompt has. */
const QUERIES = ["welcome trial", "launch-post", "onboarding email", "zebra"];
const ROUNDS = 5;

export async function run(bench: Bench): Promise<void> {
  const files: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) files[`${ROOT}/prompts/p${String(i).padStart(5, "0")}.md`] = generatePrompt(i);
  const config = resolveConfig({ root: ROOT, file: `${ROOT}/copydesk.yaml`, parsed: { version: 1, library: { roots: ["prompts"] } } as never });
  const index = new LibraryIndex({ host: memoryHost(files), config });
  await index.load();
  const groups = [{ key: "bench", label: "Bench library", entries: index.list() }];
  // As the command does: one PromptPicker per open QuickPick, its rows mapped to items on each keystroke.
  let picker = new PromptPicker(groups);
  const keystroke = (query: string) => quickPickItems(picker.rows(query)).length;

  const opening: number[] = [];
  for (let r = 0; r < ROUNDS * 4; r++) opening.push(time(() => ((picker = new PromptPicker(groups)), keystroke(""))));
  // The first key scans every offered prompt; later keys search only the prompts still matching.
  const first: number[] = [];
  const typing: number[] = [];
  const worst: { query: string; ms: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const query of QUERIES) {
      picker = new PromptPicker(groups);
      keystroke("");
      for (let n = 1; n <= query.length; n++) {
        const prefix = query.slice(0, n);
        const ms = time(() => keystroke(prefix));
        (n === 1 ? first : typing).push(ms);
        worst.push({ query: prefix, ms });
      }
    }
  }
  worst.sort((a, b) => b.ms - a.ms);
  const offered = index.list().filter((e) => e.summary.status === "approved" || e.summary.status === "deprecated").length;
  bench.note(`Insert Approved Prompt: ${COUNT.toLocaleString("en")} prompts (${offered.toLocaleString("en")} approved or deprecated), at most 200 rows shown; typed ${QUERIES.map((q) => JSON.stringify(q)).join(", ")} a key at a time, ${ROUNDS} rounds.`);
  bench.record("insert prompt: opening the QuickPick (partition by status, first 200 items)", opening, { target: "< 16 ms" });
  bench.record("insert prompt: QuickPick items, first keystroke", first, { target: "< 16 ms" });
  bench.record("insert prompt: QuickPick items, each further keystroke", typing, { target: "< 16 ms", note: `slowest prefix: ${JSON.stringify(worst[0]!.query)} ${worst[0]!.ms.toFixed(1)} ms` });
}

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}
