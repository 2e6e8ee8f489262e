import rule from "../../../src/core/rules/document/encoding.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: ["Café au lait, naïve résumé, 你好, 😀 — all UTF-8.", ""],
  invalid: [
    { text: "Caf\uFFFD\uFFFD au lait.\nOK\u0000 here", findings: [{ text: "\uFFFD\uFFFD", line: 1, message: /not valid UTF-8/ }, { text: "\u0000", line: 2, message: /NUL/ }] },
  ],
});
