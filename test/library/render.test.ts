import { strict as assert } from "node:assert";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { renderPrompt } from "../../src/core/library/render.js";
import { prompt } from "./support.js";

const welcome = () =>
  parsePrompt(
    "/a.md",
    prompt({ body: "Write for {{audience}} about {{product}} in a {{tone}} voice.{{#offer}} Mention {{offer}}.{{/offer}}\n" }).replace(
      "  audience:",
      "  tone: { description: Voice, enum: [friendly, formal], default: friendly }\n  offer: { description: An optional offer }\n  audience:",
    ).replace(/hash: sha256:[0-9a-f]+/, `hash: sha256:${"0".repeat(64)}`),
  );

describe("rendering", () => {
  it("fills values and defaults, without HTML escaping, and adds the provenance stamp", () => {
    const result = renderPrompt(welcome(), { audience: "IT managers & <admins>" });
    assert.ok(result.ok);
    assert.equal(result.text, "<!-- copydesk prompt: welcome-email@1.2.0 -->\nWrite for IT managers & <admins> about Acme Cloud in a friendly voice.\n");
    const withOffer = renderPrompt(welcome(), { audience: "CTOs", offer: "20% off", tone: "formal", product: "Acme DB" });
    assert.ok(withOffer.ok);
    assert.match(withOffer.text, /about Acme DB in a formal voice\. Mention 20% off\.\n$/);
  });

  it("reports every missing, invalid or unknown value at once", () => {
    const result = renderPrompt(welcome(), { tone: "shouty", colour: "red", product: " " });
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => p.variable), ["colour", "product", "tone", "audience"]);
    assert.match(result.problems[0]!.message, /has no variable `colour`\. Its variables are: product, tone, offer, audience\./);
    assert.match(result.problems[3]!.message, /`audience` is required: Who the trial user is \(for example: IT managers\)\. Give it with --var audience=…/);
    assert.match(result.problems[2]!.message, /must be one of "friendly", "formal", not "shouty"/);
  });

  it("refuses a prompt that is not valid", () => {
    const result = renderPrompt(parsePrompt("/a.md", "---\nid: x\n---\nHi"), {});
    assert.ok(!result.ok);
    assert.match(result.problems[0]!.message, /not valid/);
  });
});
