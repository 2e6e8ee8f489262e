import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/document/index.js";
import { suppress } from "../../../src/core/findings/suppress.js";
import { parseDirective } from "../../../src/core/document/directives.js";
import type { Finding } from "../../../src/core/findings/types.js";

function findingsAt(text: string, word: string, rule: string): Finding[] {
  const out: Finding[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) out.push({ rule, severity: "warning", message: "m", range: [i, i + word.length] });
  return out;
}

describe("suppress", () => {
  it("disable-next-line covers only the next line and only the named rule or category", () => {
    const text = "<!-- copydesk-disable-next-line tone -- quoted -->\nX here\nX there\n";
    const doc = parseDocument(text, { path: "a.md" });
    const tone = suppress(findingsAt(text, "X", "tone/passive"), doc);
    assert.equal(tone.kept.length, 1);
    assert.equal(tone.suppressed.length, 1);
    const claims = suppress(findingsAt(text, "X", "claims/superlative"), doc);
    assert.equal(claims.kept.length, 2, "a tone suppression does not hide claims");
  });

  it("disable … enable covers a region; with no target, every rule", () => {
    const text = "X0\n<!-- copydesk-disable -- legal quote -->\nX1\n\nX2\n<!-- copydesk-enable -->\nX3\n";
    const doc = parseDocument(text, { path: "a.md" });
    const { kept, suppressed } = suppress(findingsAt(text, "X", "claims/health"), doc);
    assert.deepEqual(kept.map((f) => text.slice(f.range[0], f.range[1] + 1)), ["X0", "X3"]);
    assert.deepEqual(suppressed.map((s) => s.by.reason), ["legal quote", "legal quote"]);
  });

  it("an unclosed disable runs to the end; a reasonless one still applies", () => {
    const text = "X0\n<!-- copydesk-disable claims/health -->\nX1\nX2\n";
    const doc = parseDocument(text, { path: "a.md" });
    const { kept, suppressed } = suppress(findingsAt(text, "X", "claims/health"), doc);
    assert.equal(kept.length, 1);
    assert.equal(suppressed.length, 2);
    assert.equal(suppressed[0]!.by.reason, "");
  });

  it("never suppresses suppression findings themselves", () => {
    const text = "<!-- copydesk-disable -->\nX\n";
    const doc = parseDocument(text, { path: "a.md" });
    const { kept } = suppress(findingsAt(text, "X", "suppression/missing-reason"), doc);
    assert.equal(kept.length, 1);
  });

  it("parses directives: targets, reasons, claim and prompt references", () => {
    const c = (body: string) => parseDirective({ range: [0, body.length + 7], body, bodyStart: 4 });
    assert.deepEqual(pick(c(" copydesk-disable-next-line claims/superlative, tone -- approved in LEGAL-221 ")), { kind: "disable-next-line", targets: ["claims/superlative", "tone"], reason: "approved in LEGAL-221" });
    assert.deepEqual(pick(c(" copydesk-disable tone -- ")), { kind: "disable", targets: ["tone"], reason: undefined });
    assert.deepEqual(pick(c(" copydesk-enable tone ")), { kind: "enable", targets: ["tone"] });
    assert.equal((c(" copydesk claim: CLM-014 ") as { id: string }).id, "CLM-014");
    const p = c(" copydesk prompt: welcome-email@1.2.0 ") as { id: string; version: string };
    assert.deepEqual([p.id, p.version], ["welcome-email", "1.2.0"]);
    assert.equal(c(" just a comment "), undefined);
    assert.equal(c(" copydesk-disable-nextline tone "), undefined, "a misspelt verb is not a directive");
  });
});

function pick(d: unknown): unknown {
  const { comment: _c, ...rest } = d as Record<string, unknown>;
  return rest;
}
