/**
 * Parity with write-good itself: on hundreds of generated texts and the dev corpus's copy, each of
 * the nine write-good checks reports exactly the {index, offset} pairs that `write-good` (the npm
 * package, with only that check enabled) reports. Texts are plain prose (`x.txt`, no URLs or
 * comments), so nothing is masked and both sides read the same characters.
 */
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import { lintText } from "../../../src/core/engine.js";
import { memoryHost } from "../../../src/core/host.js";
import type { Rule } from "../../../src/core/rules/types.js";
import { configFor } from "../../support/rule-tester.js";
import { WRITE_GOOD_RULES, generatedTexts } from "./parity-texts.js";

interface Suggestion {
  index: number;
  offset: number;
}
const writeGood = createRequire(import.meta.url)("write-good") as (text: string, options: Record<string, boolean>) => Suggestion[];

const CHECKS = Object.keys(WRITE_GOOD_RULES);
const config = configFor({ config: { rules: { "tone/e-prime": "warning" } } });
const host = memoryHost({});

function expected(text: string, check: string): string[] {
  const options = Object.fromEntries(CHECKS.map((c) => [c, c === check]));
  return writeGood(text, options).map((s) => `${s.index}:${s.offset}`).sort();
}

async function ours(text: string, rules: readonly Rule<any>[]): Promise<Map<string, string[]>> {
  const result = await lintText(text, { path: "x.txt", config, host, today: "2026-11-22", rules, strict: true });
  const byRule = new Map<string, string[]>();
  for (const f of result.findings) {
    const list = byRule.get(f.rule) ?? [];
    list.push(`${f.range[0]}:${f.range[1] - f.range[0]}`);
    byRule.set(f.rule, list);
  }
  for (const list of byRule.values()) list.sort();
  return byRule;
}

/** The dev corpus's copy as plain prose: front matter, comments and URLs taken out. */
function corpusTexts(): string[] {
  const root = "/work/shared/eval/dev";
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".md")) files.push(path);
    }
  };
  try {
    walk(root);
  } catch {
    return [];
  }
  return files.sort().map((f) =>
    readFileSync(f, "utf8")
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/\b(?:https?:\/\/|mailto:|www\.)\S*/gi, "link"),
  );
}

describe("tone: parity with write-good", () => {
  const rules = Object.values(WRITE_GOOD_RULES);
  const texts = [...generatedTexts(800, 20261122), ...corpusTexts()];

  it(`checks ${texts.length} texts`, () => assert.ok(texts.length >= 800));

  it("reports the same matches as write-good on every text, check by check", async () => {
    let compared = 0;
    let matches = 0;
    const failures: string[] = [];
    for (const text of texts) {
      const got = await ours(text, rules);
      for (const check of CHECKS) {
        const want = expected(text, check);
        const have = got.get(WRITE_GOOD_RULES[check]!.id) ?? [];
        compared++;
        matches += want.length;
        if (want.join() !== have.join() && failures.length < 10) {
          const missing = want.filter((w) => !have.includes(w)).map((w) => show(text, w));
          const extra = have.filter((h) => !want.includes(h)).map((h) => show(text, h));
          failures.push(`${check} on ${JSON.stringify(text.slice(0, 300))}\n  missing ${JSON.stringify(missing)}\n  extra ${JSON.stringify(extra)}`);
        }
      }
    }
    assert.deepEqual(failures, [], `${failures.length} mismatches (first shown)`);
    assert.ok(matches > 2000, `only ${matches} matches compared over ${compared} text×check pairs`);
  });

  it("generates the same texts for the same seed", () => {
    assert.deepEqual(generatedTexts(5, 7), generatedTexts(5, 7));
    assert.ok(fc);
  });
});

function show(text: string, key: string): string {
  const [index, offset] = key.split(":").map(Number) as [number, number];
  return `${index}:${offset} ${JSON.stringify(text.slice(index, index + offset))}`;
}
