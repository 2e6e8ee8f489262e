import { strict as assert } from "node:assert";
import { insertionText } from "../../src/core/library/insertion.js";

const RENDERED = "<!-- copydesk prompt: welcome@1.2.0 -->\nWrite a welcome email.\nEnd with one call to action.\n";

describe("insertion text", () => {
  it("on an empty line: the stamp and the text, the line's own break ending it", () => {
    assert.equal(insertionText(RENDERED, { before: "", after: "", eol: "\n" }), "<!-- copydesk prompt: welcome@1.2.0 -->\nWrite a welcome email.\nEnd with one call to action.");
  });

  it("after text on the line: the stamp starts a line of its own", () => {
    assert.equal(insertionText(RENDERED, { before: "Intro:", after: "", eol: "\n" }), "\n<!-- copydesk prompt: welcome@1.2.0 -->\nWrite a welcome email.\nEnd with one call to action.");
  });

  it("before text on the line: that text moves to the next line", () => {
    assert.equal(insertionText(RENDERED, { before: "", after: "Outro", eol: "\n" }), RENDERED);
  });

  it("indentation alone does not push the stamp down", () => {
    assert.equal(insertionText(RENDERED, { before: "  ", after: "", eol: "\n" }).split("\n")[0], "<!-- copydesk prompt: welcome@1.2.0 -->");
  });

  it("uses the document's line breaks", () => {
    assert.equal(insertionText(RENDERED, { before: "Intro", after: "x", eol: "\r\n" }), "\r\n<!-- copydesk prompt: welcome@1.2.0 -->\r\nWrite a welcome email.\r\nEnd with one call to action.\r\n");
  });
});
