import rule from "../../../src/core/rules/links/malformed.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "[a](https://x.example/a?b=c#d) [b](http://localhost:8080/) [c](mailto:hi@x.example?subject=Hi) [d](tel:+1-555-0100)",
    "[e](guide.md) [f](#top) [g](../a/b%20c.md) [h](//cdn.x.example/a.png) <https://x.example> www.x.example",
    '<a href="https://x.example/shop">Shop</a> <img src="img/a.png"> [i](<my file.md>)',
    "[approx] is plain text, and so is [x][undefined].",
    { text: "[app](myapp://open)", config: { rules: { "links/malformed": { schemes: ["myapp"] } } } },
    "`[x]()` in code, and <!-- [x]() --> in a comment.",
  ],
  invalid: [
    {
      text: "An [empty link]() and ![an image](<>) and <a href=\"\">x</a>.",
      findings: [
        { text: "[empty link]()", message: /This link has an empty destination/ },
        { text: "![an image](<>)", message: /This image has an empty destination.*broken image/ },
        { text: '<a href="">x</a>', message: /empty destination/ },
      ],
    },
    {
      text: "[a](http://) [b](https:///path) [c](htp:/x.example) [d](https:example.com) [e](<https://x.example/a b>)",
      findings: [
        { text: "http://", message: /has no host name/ },
        { text: "https:///path", message: /has no host name/ },
        { text: "htp:/x.example", message: /"htp:".*did you mean "http:"/ },
        { text: "https:example.com", message: /missing the "\/\/"/ },
        { text: "https://x.example/a b", message: /contains a space/ },
      ],
    },
    {
      text: "[a](https://exa_mple..com:99999/) [b](mailto:) [c](tel:call-us) [d](javascript:void(0)) [e](100%.md)",
      findings: [
        { text: "https://exa_mple..com:99999/", message: /not a valid web address/ },
        { text: "mailto:", message: /has no address/ },
        { text: "tel:call-us", message: /has no number/ },
        { text: "javascript:void(0)", message: /runs a script/ },
        { text: "100%.md", message: /"%" that is not a valid escape/ },
      ],
    },
    {
      text: "Visit [our shop](www.x.example/shop) or [the blog](https//x.example/blog).",
      findings: [{ text: "www.x.example/shop", message: /without "https:\/\/"/ }, { text: "https//x.example/blog", message: /missing the ":"/ }],
      output: "Visit [our shop](https://www.x.example/shop) or [the blog](https://x.example/blog).",
    },
  ],
});
