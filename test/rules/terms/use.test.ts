import rule from "../../../src/core/rules/terms/use.js";
import { ruleTester } from "../../support/rule-tester.js";

const config = {
  terms: [
    { use: "Acme Cloud", not: ["ACME Cloud", "AcmeCloud", "Acme cloud"] },
    { use: "sign up", not: ["signup", "sign-up"] },
    { use: "cold brew", not: ["cold-brew"] },
  ],
};

ruleTester(rule, {
  valid: [
    { text: "Try Acme Cloud today and sign up in a minute.", config },
    { text: "Our `signup` API and [docs](https://x.example/signup) are ready.", config },
    { text: "```\nAcmeCloud signup\n```\n", config },
    { text: "<!-- AcmeCloud --> Acme Cloud", config },
    { text: "The signups page and #signupday stay as they are.", config },
  ],
  invalid: [
    {
      text: "Welcome to AcmeCloud. Please signup now.",
      config,
      findings: [{ text: "AcmeCloud", message: /Write "Acme Cloud", not "AcmeCloud"/ }, { text: "signup" }],
      output: "Welcome to Acme Cloud. Please sign up now.",
    },
    {
      text: "Cold-brew is back. SIGN-UP today and meet Acme cloud.",
      config,
      findings: [{ text: "Cold-brew" }, { text: "SIGN-UP" }, { text: "Acme cloud" }],
      output: "Cold brew is back. SIGN UP today and meet Acme Cloud.",
    },
    {
      text: "---\nchannel: email\n---\n# Meet ACME Cloud\n\n- a *signup* bonus 😀 for you",
      config,
      findings: [{ text: "ACME Cloud", line: 4 }, { text: "signup", line: 6 }],
      output: "---\nchannel: email\n---\n# Meet Acme Cloud\n\n- a *sign up* bonus 😀 for you",
    },
  ],
});
