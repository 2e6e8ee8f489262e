import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { scanPrompt, summaryFrom } from "../../src/core/library/scan.js";

/** What the index would hold for a text, by the full YAML parse (the reference). */
function reference(text: string) {
  const p = parsePrompt("/p.md", text);
  return { isPrompt: p.isPrompt, readable: p.raw !== undefined, summary: summaryFrom(p.raw ?? {}) };
}

const scalars = fc.constantFrom(
  "welcome-email", "Welcome email for new trial users", "First email; friendly, short, one CTA.", "1.2.0", "2.0.0-beta.1", "approved", "draft",
  "Dana Reyes <dana@acme.example>", "email", "low", "high", "null", "~", "Null", "true", "no", "yes", "123", "0x1F", "1e3", ".inf", "12:30",
  '"quoted # not a comment"', "'it''s quoted'", '"esc\\"aped"', "'unclosed", '"unclosed', "value # a comment", "a: b", "trailing:", "C# and F#",
  "-dash", "[not, a, list]", "{x: 1}", "&anchor value", "*alias", "!tag value", "|", ">-", "| # block", "%percent", "@at", "`tick`", "",
  "  spaced  ", "tab\there", "ünïcödé", "http://x.example/a?b=c#frag", "x #", "#hash",
);
const tags = fc.constantFrom("[a, b]", "[]", '["a", b]', "['x', y ]", "[a, b,]", "[a,, b]", "[1, two]", "[a # c]", "[a, [b]]", "[a, 'b''c']", "[ spaced item , other ]", "[a:b]", "[-x]");
const keyName = fc.constantFrom("id", "title", "description", "version", "status", "owner", "channel", "risk", "tags", "replacedBy", "variables", "output", "approvals", "reviewBy", "extra");
const nested = fc.constantFrom(
  "  product: { description: Name, required: true }", "  - by: Dana\n    role: librarian", "  ai: assisted", "- item at column zero", "  continuation of a plain scalar",
  "  # an indented comment", "    deeper: value", "  - one\n  - two", "  - 'quoted item'", "  - 3", "  - x: 1",
);
const block = fc.tuple(
  fc.constantFrom("title", "description", "owner", "tags", "extra"),
  fc.constantFrom(">", "|", ">-", "|-", ">+", "|2", "> # folded", "|-  # kept"),
  fc.array(fc.constantFrom("  line one", "  line two: with colon", "  # not a comment", "    deeper", "", "   ", " ", "  trailing ", "   odd", "- dash", "#col0"), { minLength: 0, maxLength: 4 }),
).map(([k, indicator, body]) => [`${k}: ${indicator}`, ...body].join("\n"));
const line = fc.oneof(
  { weight: 2, arbitrary: block },
  { weight: 6, arbitrary: fc.tuple(keyName, scalars).map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`)) },
  { weight: 2, arbitrary: tags.map((t) => `tags: ${t}`) },
  { weight: 2, arbitrary: nested },
  { weight: 1, arbitrary: fc.constantFrom("# a comment", "", "   ", "key : spaced", "\"quoted\": key", "output: { ai: assisted,", "  x: y }", "variables: {", "}", "id:value", "\tid: tab") },
);
const frontMatter = fc.tuple(fc.array(line, { maxLength: 14 }), fc.boolean(), fc.boolean()).map(([lines, withId, crlf]) => {
  const all = withId ? ["id: the-id", ...lines] : lines;
  const nl = crlf ? "\r\n" : "\n";
  return `---${nl}${all.join(nl)}${nl}---${nl}Body {{x}}${nl}`;
});

describe("library fast scanner", () => {
  it("agrees with the full YAML parse whenever it answers and the YAML is readable (property)", () => {
    let answered = 0;
    fc.assert(
      fc.property(frontMatter, (text) => {
        const scan = scanPrompt(text);
        const ref = reference(text);
        if (scan.kind === "complex") return;
        answered++;
        if (scan.kind === "other") {
          assert.equal(ref.isPrompt, false, `scanner said "not a prompt":\n${text}`);
          return;
        }
        assert.ok(ref.isPrompt, `scanner read a prompt the parser does not see:\n${text}`);
        // Nested values are not read by the scanner; when they are not valid YAML the full parse fails
        // and library/schema reports it. Whenever the YAML is readable, the two agree exactly.
        if (ref.readable) assert.deepEqual(scan.summary, ref.summary, text);
      }),
      { numRuns: Number(process.env.SCAN_RUNS ?? 3000) },
    );
    assert.ok(answered > 100, `the fast path answered only ${answered}`);
    if (process.env.SCAN_RUNS) console.log(`fast path answered ${answered}`);
  });

  it("reads the specification's example on the fast path", () => {
    const text = `---
id: welcome-email
title: Welcome email for new trial users
description: First email after sign-up; friendly, short, one CTA.
version: 1.2.0                 # semver
status: approved               # draft | review | approved | deprecated | retired
owner: Dana Reyes <dana@acme.example>
channel: email
tags: [onboarding, trial]
risk: low                      # low | medium | high  (high needs a legal approval too)
variables:
  product:  { description: Product name, required: true, default: Acme Cloud }
output:
  ai: assisted
approvals:
  - by: Dana Reyes <dana@acme.example>
    role: librarian
    date: 2026-10-02
reviewBy: 2027-04-01
replacedBy: null               # for deprecated prompts
---
Body
`;
    const scan = scanPrompt(text);
    assert.equal(scan.kind, "prompt");
    assert.deepEqual(scan.kind === "prompt" && scan.summary, reference(text).summary);
  });

  it("leaves anything unusual to the full parser", () => {
    for (const fm of ["id: x\ntitle: &a T", "id: x\ntitle: >\n  folded\n\n  paragraphs", "id: x\ndescription: one\n  two", "id: x\nid: y", "id: x\n\ttitle: t", "id: x\noutput: { ai: assisted,\n  x: 1 }"]) {
      assert.equal(scanPrompt(`---\n${fm}\n---\n`).kind, "complex", fm);
    }
    assert.equal(scanPrompt("# README\n").kind, "other");
    const folded = scanPrompt("---\nid: x\ndescription: >-\n  one\n  two\nstatus: draft\n---\n");
    assert.equal(folded.kind === "prompt" && folded.summary.description, "one two");
    assert.equal(scanPrompt("---\ntitle: no id\n---\n").kind, "other");
  });
});
