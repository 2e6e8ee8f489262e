import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex, sha256Text } from "../../src/core/library/sha256.js";
import { canonicalJson, contentHash, promptHash } from "../../src/core/library/hash.js";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { prompt } from "./support.js";

describe("content hash", () => {
  it("SHA-256 matches node:crypto on known vectors and random input", () => {
    assert.equal(sha256Text(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert.equal(sha256Text("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256Hex(bytes) === createHash("sha256").update(bytes).digest("hex")), { numRuns: 300 });
  });

  it("canonical JSON sorts keys at every level and drops undefined", () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: null } }), '{"a":{"c":null,"d":[1,{"z":1}]},"b":1}');
  });

  it("is sha256:<hex>, and ignores approvals, status, dates, version, title and line endings", () => {
    const base = promptHash(parsePrompt("/a.md", prompt()))!;
    assert.match(base, /^sha256:[0-9a-f]{64}$/);
    const same = [
      prompt({ status: "review" }),
      prompt({ version: "9.9.9", extra: "reviewBy: 2030-01-01\n" }),
      prompt().replace("title: Welcome email", "title: Hello email"),
      prompt().replace(/\n/g, "\r\n"),
      prompt().replace("{{product}}.\n", "{{product}}.   \n\n\n"),
    ];
    for (const text of same) assert.equal(promptHash(parsePrompt("/a.md", text)), base, text);
  });

  it("changes with the body and with the metadata that shapes output", () => {
    const base = promptHash(parsePrompt("/a.md", prompt()))!;
    const different = [
      prompt({ body: "Write a short welcome email for {{audience}} about {{product}}.\n" }),
      prompt().replace("channel: email", "channel: social"),
      prompt({ extra: "risk: high\n" }),
      prompt({ extra: "output: { ai: generated }\n" }),
      prompt().replace("required: true, example", "required: false, example"),
    ];
    for (const text of different) assert.notEqual(promptHash(parsePrompt("/a.md", text)), base, text);
    assert.equal(contentHash({ risk: "low" }, "x"), contentHash({}, "x"), "risk defaults to low");
  });
});
