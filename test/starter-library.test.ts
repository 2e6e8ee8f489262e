import { strict as assert } from "node:assert";
import { resolve } from "node:path";
import { runCli } from "./support/cli.js";


const run = (args: string[], cwd: string) => runCli(args, cwd, "2026-11-23");

describe("the shipped prompt libraries", () => {
  it("the starter library (prompts/) passes every governance check, with current hashes", async () => {
    const out = await run(["library", "check", "prompts", "--format", "json"], resolve("."));
    const json = JSON.parse(out.stdout);
    assert.deepEqual(json.files.flatMap((f: { path: string; findings: { rule: string; line: number }[] }) => f.findings.map((x) => `${f.path}:${x.line} ${x.rule}`)), []);
    assert.ok(json.summary.files >= 14, `only ${json.summary.files} prompts`);
    assert.equal(out.code, 0, out.stderr);
  });

  it("lists at least twelve approved starter prompts, with the spec's JSON shape", async () => {
    const out = await run(["library", "list", "--format", "json"], resolve("."));
    const json = JSON.parse(out.stdout);
    const approved = json.prompts.filter((p: { status: string }) => p.status === "approved");
    assert.ok(approved.length >= 12);
    assert.deepEqual(Object.keys(json.prompts[0]).sort(), ["channel", "id", "owner", "path", "status", "tags", "title", "version"]);
  });

  it("the example repository's library is clean too", async () => {
    const out = await run(["library", "check"], resolve("examples"));
    assert.equal(out.code, 0, out.stdout + out.stderr);
  });
});
