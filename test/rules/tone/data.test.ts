/**
 * The tone rules' YAML lists: valid, and equal to the lists of the installed write-good packages,
 * so an upgrade that changes a list fails here until `npx tsx scripts/gen-tone-data.ts` is re-run.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ToneListSchema } from "../../../src/core/rules/tone/data.js";
import { TONE_DIR, WORDY_SWAPS, readWriteGoodLists, renderToneFile, toneDataFiles } from "../../../scripts/gen-tone-data.js";

const lists = readWriteGoodLists();
const read = (name: string) => ToneListSchema.parse(parse(readFileSync(`${TONE_DIR}/${name}`, "utf8")));

describe("tone: data files", () => {
  for (const name of ["passive.yaml", "weasel.yaml", "adverb.yaml", "wordy.yaml", "cliche.yaml", "e-prime.yaml", "shouting.yaml"]) {
    it(`${name} is valid, with named placeholders only`, () => {
      const data = read(name);
      for (const message of [data.message, data.swapMessage ?? ""]) {
        assert.doesNotMatch(message, /%s/);
        for (const [, placeholder] of message.matchAll(/\{(\w+)\}/g)) assert.ok(["match", "replacement"].includes(placeholder!), placeholder);
      }
      for (const token of data.tokens ?? []) assert.match(token, /^[\x20-\x7e]+$/, "tokens are ASCII (the phrase index folds ASCII only)");
    });
  }

  it("passive.yaml holds passive-voice's auxiliaries, irregular participles and exceptions", () => {
    const data = read("passive.yaml");
    assert.deepEqual(data.tokens, lists.passive.auxiliaries);
    assert.deepEqual(data.participles, lists.passive.irregulars);
    assert.deepEqual(data.exceptions, lists.passive.exceptions);
  });

  it("weasel.yaml holds weasel-words' list and its too-many/too-few exceptions", () => {
    const data = read("weasel.yaml");
    assert.deepEqual(data.tokens, lists.weasel.words);
    assert.deepEqual(data.exceptions, lists.weasel.exceptions.map((w) => `too ${w}`));
  });

  it("adverb.yaml holds adverb-where's stems (plus y) and weakening words, in order", () => {
    assert.deepEqual(read("adverb.yaml").tokens, [...lists.adverb.stems.map((s) => `${s}y`), ...lists.adverb.weakens]);
  });

  it("wordy.yaml holds too-wordy's list, in order, and swaps only listed phrases", () => {
    const data = read("wordy.yaml");
    assert.deepEqual(data.tokens, lists.wordy);
    const listed = new Set(lists.wordy.map((w) => w.toLowerCase()));
    for (const key of Object.keys(data.swap ?? {})) assert.ok(listed.has(key), `swap for unlisted "${key}"`);
    for (const key of Object.keys(WORDY_SWAPS)) assert.ok(listed.has(key), `WORDY_SWAPS names "${key}", which too-wordy no longer lists`);
  });

  it("cliche.yaml and e-prime.yaml hold no-cliches' and e-prime's lists, in order", () => {
    assert.deepEqual(read("cliche.yaml").tokens, lists.cliche);
    assert.deepEqual(read("e-prime.yaml").tokens, lists.ePrime);
  });

  it("every generated file is what the script writes (npx tsx scripts/gen-tone-data.ts)", () => {
    for (const [name, data] of Object.entries(toneDataFiles(lists))) {
      assert.equal(readFileSync(`${TONE_DIR}/${name}`, "utf8"), renderToneFile(name, data), `${name} is stale`);
    }
  });

  it("shouting.yaml lists acronyms in capitals, once each", () => {
    const acronyms = read("shouting.yaml").exceptions ?? [];
    assert.ok(acronyms.length > 100);
    for (const a of acronyms) assert.equal(a, a.toUpperCase());
    assert.equal(new Set(acronyms).size, acronyms.length);
  });
});
