import rule from "../../../src/core/rules/tone/wordy.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "We ship beans to you.",
    "A well-in order to test is fine: `in order to` and [a link](https://x.example/in-order-to).",
    "<!-- in order to --> Done.",
  ],
  invalid: [
    {
      text: "In order to help, we utilize fresh beans prior to roasting.",
      findings: [{ text: "In order to", message: /“In order to” is wordy: “To” says the same/ }, { text: "utilize" }, { text: "prior to" }],
      output: "To help, we use fresh beans before roasting.",
    },
    {
      text: "It is a number of things.",
      findings: [{ text: "It is", message: /wordy or unneeded.*fewer, plainer words/ }, { text: "a number of" }],
    },
    { text: "Due to the\nfact that it rains, we stay.", findings: [{ text: "Due to the\nfact that" }], output: "Because it rains, we stay." },
  ],
});
