import rule from "../../../src/core/rules/tone/e-prime.js";
import { ruleTester } from "../../support/rule-tester.js";

const config = { rules: { "tone/e-prime": "warning" as const } };

ruleTester(rule, {
  valid: [
    { text: "We roast beans. They taste good.", config },
    { text: "`it is` <!-- was -->", config },
    // off by default
    "It is what it is.",
  ],
  invalid: [
    { text: "It’s fresh and it is hot; we're here.", config, findings: [{ text: "It’s", message: /form of “to be”/ }, { text: "is" }, { text: "we're" }] },
    { text: "# Who's There\n\nThey aren't.", config, findings: [{ text: "Who's" }, { text: "aren't" }] },
  ],
});
