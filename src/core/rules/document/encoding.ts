import { defineRule } from "../types.js";

const BAD = /\uFFFD+|\u0000+/g;
const MAX_REPORTS = 20;

/**
 * Text that did not decode as UTF-8 (each bad byte becomes U+FFFD) or holds NUL characters. The
 * CLI reports a whole binary file under this id too, without linting it.
 */
export default defineRule({
  id: "document/encoding",
  category: "document",
  meta: {
    description: "Text that is not valid UTF-8",
    defaultSeverity: "error",
    fixable: false,
  },
  checkDocument(document, context) {
    BAD.lastIndex = 0;
    let count = 0;
    for (let m = BAD.exec(document.text); m && count < MAX_REPORTS; m = BAD.exec(document.text), count++) {
      const what = m[0][0] === "\u0000" ? "NUL characters" : "bytes that are not valid UTF-8";
      context.report({
        range: [m.index, m.index + m[0].length],
        message: `The file holds ${what} here, which usually means it was saved in another encoding or is not text. Re-save the file as UTF-8 and check this passage.`,
      });
    }
  },
});
