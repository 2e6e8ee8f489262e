import rule from "../../../src/core/rules/tone/adverb.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: ["We roast beans.", "The family is here.", "`just` code and <!-- maybe -->", "Justice and thingsboard."],
  invalid: [
    { text: "It really just works, maybe.", findings: [{ text: "really", message: /can weaken meaning/ }, { text: "just" }, { text: "maybe" }] },
    { text: "# Simply Good\n\nFinally, THINGS happen quickly.", findings: [{ text: "Simply", line: 1 }, { text: "Finally" }, { text: "THINGS" }, { text: "quickly" }] },
  ],
});
