import rule from "../../../src/core/rules/tone/sentence-length.js";
import { ruleTester } from "../../support/rule-tester.js";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const long = `${words(31).replace(/^w/, "W")}.`;
const channels = { email: { match: ["email/**"], maxSentenceWords: 10 } };

ruleTester(rule, {
  valid: [
    `${words(30).replace(/^w/, "W")}.`,
    "Short. Sentences. Only.",
    `Mr. Smith, e.g. our U.S. team lead, paid $3.5 million. ${words(20).replace(/^w/, "W")}. Wait… what? Yes.`,
    "```\n" + long + "\n```\n",
    `| ${words(20)} | ${words(20)} |\n| --- | --- |\n| a | b |\n`,
    `<!-- ${long} -->`,
    { text: `${words(12)}.`, path: "blog/post.md", config: { channels } },
  ],
  invalid: [
    { text: long, findings: [{ text: long, message: /has 31 words, over the limit of 30/ }] },
    { text: `Short one. ${long} Another short one.`, findings: [{ text: long }] },
    { text: `Hi.\n\n${words(11)}.`, path: "email/x.md", config: { channels }, findings: [{ text: `${words(11)}.`, line: 3, message: /11 words, over the email channel's limit of 10/ }] },
    { text: `${words(5)}.`, config: { rules: { "tone/sentence-length": { max: 4 } } }, findings: [{ text: `${words(5)}.` }] },
  ],
});
