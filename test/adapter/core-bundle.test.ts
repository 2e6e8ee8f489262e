/**
 * core-bundle.ts and atomic-write.ts use Node alone (no `vscode`), so they are tested here, outside
 * the editor: a bundle loads with and without its V8 code cache, the cache is written whole under a
 * name that changes with the bundle, and an older one is cleared.
 */
import { strict as assert } from "node:assert";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBundle } from "../../src/extension/core-bundle.js";
import { writeFileAtomically } from "../../src/extension/atomic-write.js";

describe("the extension's core bundle loader and atomic writes", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "copydesk-bundle-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("loads a bundle, saves its code cache once, uses it on the next load, and names it after the build", async () => {
    const bundle = join(dir, "core.cjs");
    const cache = join(dir, "cache");
    writeFileSync(bundle, "exports.answer = function () { return 6 * 7; };\n");
    const first = loadBundle<{ answer(): number }>(bundle, cache);
    assert.equal(first.exports.answer(), 42);
    assert.equal(first.cache, "none");
    assert.match(first.build, /^[0-9a-f]{16}$/);
    assert.equal(await first.saveCache(), true);
    assert.equal(await first.saveCache(), false, "saved once");
    const [name] = readdirSync(cache);
    assert.match(name!, /^core-[0-9a-f]{24}\.v8cache$/);
    const second = loadBundle<{ answer(): number }>(bundle, cache);
    assert.equal(second.exports.answer(), 42);
    assert.equal(second.cache, "used");
    assert.equal(second.build, first.build);
    assert.equal(await second.saveCache(), false, "a cache V8 used is not written again");
    // Another build: another name and another hash; its save clears the older cache.
    writeFileSync(bundle, "exports.answer = function () { return 41 + 1; };\n");
    const third = loadBundle<{ answer(): number }>(bundle, cache);
    assert.equal(third.cache, "none");
    assert.notEqual(third.build, first.build);
    assert.equal(await third.saveCache(), true);
    const names = readdirSync(cache);
    assert.equal(names.length, 1);
    assert.notEqual(names[0], name);
  });

  it("writes a file whole into a folder it creates, replacing the old one, and leaves no temporary file", async () => {
    const file = join(dir, "a", "b", "data.json");
    await writeFileAtomically(file, "first");
    await writeFileAtomically(file, new TextEncoder().encode("second"));
    assert.equal(readFileSync(file, "utf8"), "second");
    assert.deepEqual(readdirSync(join(dir, "a", "b")), ["data.json"]);
  });

  it("fails with the file system's error when it cannot write, and removes its temporary file", async () => {
    // The target is a folder: the rename over it fails after the temporary file was written.
    const target = join(dir, "taken");
    writeFileSync(join(dir, "keep.txt"), "x");
    await writeFileAtomically(join(target, "inside.txt"), "y");
    await assert.rejects(writeFileAtomically(target, "z"), /EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    assert.deepEqual(readdirSync(dir).sort(), ["keep.txt", "taken"]);
  });
});
