import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Files under a folder of the repository, as POSIX paths relative to the root. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path.split("\\").join("/")];
  });
}

/** What `vsce package` would put in the .vsix: `vsce ls` honours .vscodeignore and the manifest. */
function vsixFiles(): string[] {
  const out = execFileSync(join("node_modules", ".bin", "vsce"), ["ls", "--no-dependencies"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return out.split("\n").map((l) => l.trim()).filter(Boolean).sort();
}

describe("packaging (.vsix contents, via vsce ls)", function () {
  this.timeout(60000);
  let files: string[] = [];
  before(() => {
    files = vsixFiles();
  });

  it("ships the bundles (the extension's and core's, which it loads) and their source maps, and nothing else under out/", () => {
    assert.deepEqual(files.filter((f) => f.startsWith("out/")), ["out/core.cjs", "out/core.cjs.map", "out/extension.cjs", "out/extension.cjs.map"]);
  });

  it("ships the manifest, README, LICENSE, media, the schemas and the rule pages", () => {
    for (const f of ["package.json", "README.md", "LICENSE", "media/icon.png", "schemas/copydesk.schema.json", "schemas/claims.schema.json"]) assert.ok(files.includes(f), `${f} is missing`);
    for (const f of filesUnder("media")) assert.ok(files.includes(f), `${f} is missing`);
    // Every rule page (that each rule has one is test/consistency.test.ts's job).
    for (const f of filesUnder("docs/rules")) assert.ok(files.includes(f), `${f} is missing`);
  });

  it("ships the starter prompt library", () => {
    for (const f of filesUnder("prompts")) assert.ok(files.includes(f), `${f} is missing`);
  });

  it("ships no node_modules, sources, tests, examples, scripts or build caches", () => {
    const allowed = /^(out\/(extension|core)\.cjs(\.map)?|package\.json|README\.md|LICENSE|media\/.+|prompts\/.+|docs\/rules\/.+\.md|schemas\/[^/]+\.json)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
    for (const prefix of ["node_modules/", "src/", "test/", "examples/", "scripts/", "bench/", "bin/", ".cache/", ".tmp/", "test-results/"]) {
      assert.deepEqual(files.filter((f) => f.startsWith(prefix)), [], `nothing under ${prefix}`);
    }
  });
});
