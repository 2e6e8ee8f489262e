import rule from "../../../src/core/rules/disclosure/missing-tag.js";
import { ruleTester } from "../../support/rule-tester.js";

const channels = { channels: { social: { match: ["social/**"], requireAi: true }, blog: { match: ["blog/**"] } } };

ruleTester(rule, {
  valid: [
    "Plain copy, no stamp, no policy.",
    { text: "---\nai: none\n---\n<!-- copydesk prompt: welcome@1.2.0 -->\nHello" },
    { text: "---\nprompt: recipe@2.0.0\nai: generated\n---\nHello" },
    { text: "---\nai: partial\n---\n<!-- copydesk prompt: x@1 -->" },
    { text: "---\nai: none\n---\nHi", path: "social/post.md", config: channels },
    { text: "Hi", path: "blog/post.md", config: channels },
    // Unreadable or unclosed front matter is document/front-matter's finding.
    { text: "---\nai: [\n---\n<!-- copydesk prompt: x@1 -->" },
    { text: "---\nchannel: email\n<!-- copydesk prompt: x@1 -->" },
    "`<!-- copydesk prompt: x@1 -->` in code is an example, not a stamp.",
  ],
  invalid: [
    {
      text: "<!-- copydesk prompt: podcast-read@1.0.0 -->\n# Podcast host-read\n\nShop now.\n",
      findings: [{ text: "<!-- copydesk prompt: podcast-read@1.0.0 -->", line: 1, message: /provenance stamp of prompt podcast-read@1\.0\.0/ }],
      output: "---\nai: assisted\n---\n<!-- copydesk prompt: podcast-read@1.0.0 -->\n# Podcast host-read\n\nShop now.\n",
    },
    {
      text: "---\r\nchannel: landing-page\r\nprompt: product-page@1.2.0 # stamped\r\n---\r\n# Nitro\r\n",
      findings: [{ text: "prompt: product-page@1.2.0", line: 3 }],
      output: "---\r\nchannel: landing-page\r\nprompt: product-page@1.2.0 # stamped\r\nai: assisted\r\n---\r\n# Nitro\r\n",
    },
    {
      text: "---\n---\nHi",
      path: "social/post.md",
      config: channels,
      findings: [{ text: "---", line: 1, message: /"social" channel requires one \(requireAi\)/ }],
      output: "---\nai: assisted\n---\nHi",
    },
    {
      text: "\uFEFFHello there.\n",
      config: { disclosure: { requireTag: true } },
      findings: [{ text: "Hello there.", message: /disclosure\.requireTag/ }],
      output: "\uFEFF---\nai: assisted\n---\nHello there.\n",
    },
    {
      // Front matter must come first; a stamped document without it gets new front matter.
      text: "<!-- copydesk prompt: welcome@1.2.0 -->\n---\nnot: front matter\n---\n",
      findings: [{ text: "<!-- copydesk prompt: welcome@1.2.0 -->" }],
      output: "---\nai: assisted\n---\n<!-- copydesk prompt: welcome@1.2.0 -->\n---\nnot: front matter\n---\n",
    },
    {
      text: "---\nprompt: { id: launch, version: 2.1.0 }\n---\nCopy.\n",
      findings: [{ text: "prompt: { id: launch, version: 2.1.0 }", message: /prompt launch@2\.1\.0/ }],
      output: "---\nprompt: { id: launch, version: 2.1.0 }\nai: assisted\n---\nCopy.\n",
    },
    {
      // Flow-style front matter cannot take a new line: reported without a fix.
      text: "---\n{channel: blog}\n---\n<!-- copydesk prompt: x -->\n",
      findings: [{ text: "<!-- copydesk prompt: x -->", message: /prompt x\b/ }],
    },
  ],
});
