import rule from "../../../src/core/rules/links/insecure.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "[a](https://x.example) <https://x.example> https://x.example/a",
    "[dev](http://localhost:3000/) [loop](http://127.0.0.1:8080/x) [v6](http://[::1]/) [sub](http://app.localhost/)",
    "www.x.example is a bare address; `http://x.example` is code; <!-- http://x.example -->",
    "[mail](mailto:hi@x.example) [file](guide.md)",
  ],
  invalid: [
    {
      text: "Shop at [our store](http://x.example/shop), <http://x.example/a>, http://x.example/b and <a href=\"HTTP://x.example/c\">c</a>.\n\n[ref]: http://x.example/ref\n",
      findings: [
        { text: "http://x.example/shop", line: 1, message: /uses http:\/\/, which is not encrypted.*Use https:\/\// },
        { text: "http://x.example/a" },
        { text: "http://x.example/b" },
        { text: "HTTP://x.example/c" },
        { text: "http://x.example/ref", line: 3 },
      ],
      output: "Shop at [our store](https://x.example/shop), <https://x.example/a>, https://x.example/b and <a href=\"https://x.example/c\">c</a>.\n\n[ref]: https://x.example/ref\n",
    },
  ],
});
