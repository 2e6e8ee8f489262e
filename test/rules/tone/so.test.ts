import rule from "../../../src/core/rules/tone/so.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: ["We roast beans, so they taste fresh.", "So.", "Soon we ship. Sofa time!", "`So what.` and <!-- So what. -->"],
  invalid: [
    { text: "So, we roast beans. So what?", findings: [{ text: "So", message: /adds no meaning/ }, { text: "So" }] },
    { text: "- so the list item starts.\n\n# So-called headings.", findings: [{ text: "so", line: 1 }, { text: "So", line: 3 }] },
    // write-good's range starts one character early after two spaces; kept for parity.
    { text: "Fresh.  So good.", findings: [{ text: " S" }] },
  ],
});
