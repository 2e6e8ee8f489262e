import { strict as assert } from "node:assert";
import { parseDocument } from "../../src/core/document/index.js";
import { lastApproval, provenanceStamps, stampAt, stampHoverMarkdown, type StampedPrompt } from "../../src/core/library/stamps.js";

const doc = (text: string, path = "blog/a.md") => parseDocument(text, { path });
const approval = (version: string, date: string, role: "librarian" | "legal" = "librarian", by = "Dana Reyes <dana@acme.example>") => ({ by, role, date, version, hash: `sha256:${"0".repeat(64)}` });
const welcome: StampedPrompt = {
  id: "welcome",
  title: "Welcome email",
  version: "1.2.0",
  status: "approved",
  owner: "Dana Reyes <dana@acme.example>",
  replacedBy: undefined,
  approvals: [approval("1.1.0", "2026-01-02"), approval("1.2.0", "2026-11-23"), approval("1.2.0", "2026-11-01", "legal", "Lee <lee@acme.example>")],
};

describe("provenance stamps", () => {
  it("finds the front-matter stamp and each comment stamp, with the id@version range and the hover area", () => {
    const text = "---\nprompt: welcome@1.2.0\nai: assisted\n---\n# Hi\n\n<!-- copydesk prompt: launch-post@0.3.0 -->\nText.\n\n```\n<!-- copydesk prompt: in-code@1.0.0 -->\n```\n<!-- copydesk prompt: bare -->\n";
    const stamps = provenanceStamps(doc(text));
    assert.deepEqual(stamps.map((s) => [s.id, s.version, text.slice(...s.range), text.slice(...s.area)]), [
      ["welcome", "1.2.0", "welcome@1.2.0", "prompt: welcome@1.2.0"],
      ["launch-post", "0.3.0", "launch-post@0.3.0", "<!-- copydesk prompt: launch-post@0.3.0 -->"],
      ["bare", undefined, "bare", "<!-- copydesk prompt: bare -->"],
    ]);
    assert.equal(stampAt(doc(text), text.indexOf("launch-post") + 2)?.id, "launch-post");
    assert.equal(stampAt(doc(text), text.indexOf("<!-- copydesk prompt: launch"))?.id, "launch-post");
    assert.equal(stampAt(doc(text), text.indexOf("Text.")), undefined);
    const plain = "<!-- copydesk prompt: welcome@1.2.0 -->\nHello\n";
    assert.deepEqual(provenanceStamps(doc(plain, "social/a.txt")).map((s) => s.id), ["welcome"]);
  });

  it("takes the most recent approval as the last one", () => {
    assert.equal(lastApproval(welcome.approvals)?.date, "2026-11-23");
    assert.equal(lastApproval([]), undefined);
  });

  it("shows an approved prompt's title, version, status, owner and last approval", () => {
    assert.equal(
      stampHoverMarkdown({ id: "welcome", version: "1.2.0" }, welcome),
      "**Prompt `welcome@1.2.0`** — Welcome email\n\n" +
        "- Status: approved\n- Version in the library: 1.2.0 (this copy: 1.2.0)\n- Owner: Dana Reyes \\<dana@acme.example\\>\n" +
        "- Last approval: Dana Reyes \\<dana@acme.example\\> (librarian), 2026-11-23, version 1.2.0",
    );
  });

  it("warns about a deprecated prompt, naming the replacement, a retired one, and a version mismatch", () => {
    const old: StampedPrompt = { ...welcome, id: "welcome-classic", title: "Welcome (classic)", status: "deprecated", replacedBy: "welcome", version: "1.0.0" };
    const deprecated = stampHoverMarkdown({ id: "welcome-classic", version: "1.0.0" }, old, welcome);
    assert.match(deprecated, /^\*\*Prompt `welcome-classic@1\.0\.0`\*\* — Welcome \(classic\)\n\n\*\*Deprecated:\*\* the library no longer recommends this prompt\. Use `welcome@1\.2\.0` \(Welcome email\) instead/);
    assert.match(stampHoverMarkdown({ id: "welcome-classic", version: "1.0.0" }, { ...old, replacedBy: null }), /\*\*Deprecated:\*\*.*The library names no replacement/);
    assert.match(stampHoverMarkdown({ id: "welcome-classic", version: "1.0.0" }, old, undefined), /Its replacement `welcome` is not in the library/);
    const retired = stampHoverMarkdown({ id: "spring-promo", version: "2.0.0" }, { ...welcome, id: "spring-promo", status: "retired", version: "2.0.0" });
    assert.match(retired, /\n\n\*\*Retired:\*\* this prompt is no longer approved for use\./);
    const older = stampHoverMarkdown({ id: "welcome", version: "1.1.0" }, welcome);
    assert.match(older, /\*\*Version mismatch:\*\* this copy was made with 1\.1\.0, an older version; the library's current version is 1\.2\.0\./);
    assert.match(stampHoverMarkdown({ id: "welcome", version: "9.0.0" }, welcome), /9\.0\.0, a version the library does not have/);
    assert.doesNotMatch(stampHoverMarkdown({ id: "welcome", version: undefined }, welcome), /mismatch/);
    assert.match(stampHoverMarkdown({ id: "teaser", version: "0.1.0" }, { ...welcome, id: "teaser", status: "draft", version: "0.1.0", approvals: [] }), /\*\*Not approved:\*\* the prompt is a draft.*- Last approval: none/s);
  });

  it("says when the id is not in the library", () => {
    assert.match(stampHoverMarkdown({ id: "nope", version: "1.0.0" }, undefined), /^\*\*Prompt `nope@1\.0\.0`: not in the prompt library\.\*\* No prompt with the id `nope`/);
  });
});
