import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import rule from "../../../src/core/library/rules/version-not-bumped.js";
import { checkLibrary } from "../../../src/core/library/check.js";
import { LibraryIndex } from "../../../src/core/library/library-index.js";
import { resolveConfig } from "../../../src/core/config/resolve.js";
import { nodeHost } from "../../../src/cli/node-host.js";
import { baseReader, isRevision } from "../../../src/cli/library/git.js";
import { check, prompt } from "../support.js";

/** A real git repository with one committed prompt library, made for each test. */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-git-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", ...args], { cwd: dir, stdio: "pipe" });
  git("init", "-q");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  return dir;
}

async function findings(dir: string, ref: string): Promise<Record<string, string[]>> {
  const config = resolveConfig({ root: dir });
  const index = new LibraryIndex({ host: nodeHost(), config });
  await index.load();
  const results = await checkLibrary(index, { config, today: "2026-11-22", rules: [rule], base: baseReader(ref), strict: true });
  return Object.fromEntries(results.filter((r) => r.findings.length).map((r) => [r.entry.relativePath, r.findings.map((f) => r.prompt.text.slice(f.range[0], f.range[1]))]));
}

describe("library/version-not-bumped (against a real git repository)", () => {
  let dir = "";
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("reports changed content whose version did not move, and a version that went down", async () => {
    dir = repository({
      "prompts/same.md": prompt({ id: "same" }),
      "prompts/changed.md": prompt({ id: "changed" }),
      "prompts/bumped.md": prompt({ id: "bumped" }),
      "prompts/down.md": prompt({ id: "down" }),
      "prompts/approval-only.md": prompt({ id: "approval-only", status: "review" }),
    });
    writeFileSync(join(dir, "prompts/changed.md"), prompt({ id: "changed", body: "A different {{audience}} {{product}} body.\n" }));
    writeFileSync(join(dir, "prompts/bumped.md"), prompt({ id: "bumped", version: "1.2.1", body: "A different {{audience}} {{product}} body.\n" }));
    writeFileSync(join(dir, "prompts/down.md"), prompt({ id: "down", version: "1.1.9" }));
    writeFileSync(join(dir, "prompts/approval-only.md"), prompt({ id: "approval-only" }));
    writeFileSync(join(dir, "prompts/new.md"), prompt({ id: "new" }));
    assert.ok(await isRevision("HEAD", dir));
    assert.deepEqual(await findings(dir, "HEAD"), { "prompts/changed.md": ["1.2.0"], "prompts/down.md": ["1.1.9"] });
  });

  it("is silent without --base", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt() }, { rules: [rule] }), {});
  });

  it("refuses a ref that is not a commit", async () => {
    dir = repository({ "prompts/a.md": prompt() });
    assert.equal(await isRevision("no-such-branch", dir), false);
    assert.equal(await isRevision("--output=x", dir), false);
  });
});
