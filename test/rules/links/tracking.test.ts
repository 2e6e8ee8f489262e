import rule from "../../../src/core/rules/links/tracking.js";
import { ruleTester } from "../../support/rule-tester.js";

const config = {
  channels: {
    email: { match: ["email/**"], utm: ["utm_source", "utm_medium", "utm_campaign"] },
    blog: { match: ["blog/**"] },
  },
};
const email = { config, path: "email/launch.md" };

ruleTester(rule, {
  valid: [
    { ...email, text: "[Shop](https://x.example/shop?utm_source=newsletter&utm_medium=email&utm_campaign=launch#top)" },
    { ...email, text: "[Guide](guide.md) [mail](mailto:a@x.example) ![hero](https://cdn.x.example/hero.png) [dev](http://localhost:3000/)" },
    { config, path: "blog/post.md", text: "[Shop](https://x.example/shop)" },
    { ...email, text: '<a href="https://x.example/?utm_source=nl&amp;utm_medium=email&amp;utm_campaign=c">Shop</a>' },
    { ...email, text: "[Insta](https://www.instagram.com/northwind)", config: { ...config, rules: { "links/tracking": { ignoreHosts: ["instagram.com"] } } } },
  ],
  invalid: [
    {
      // Values no other link gives: reported without a fix.
      ...email,
      text: "[Shop](https://x.example/shop) and [Blog](https://x.example/blog?utm_source=newsletter&utm_campaign=)",
      findings: [
        { text: "https://x.example/shop", message: /lacks the tracking parameters `utm_source`, `utm_medium`, `utm_campaign` that the "email" channel requires/ },
        { text: "https://x.example/blog?utm_source=newsletter&utm_campaign=", message: /parameters `utm_medium`, `utm_campaign`/ },
      ],
    },
    {
      // Values every other link agrees on are known: the fix adds them, before any fragment.
      ...email,
      text:
        "[Shop](https://x.example/shop?utm_source=nl&utm_medium=email&utm_campaign=launch)\n" +
        "[Cafés](https://x.example/cafes#map) [Gifts](<https://x.example/gifts?ref=1>) <https://x.example/sale?>\n",
      findings: [
        { text: "https://x.example/cafes#map", message: /quick fix uses the values of the other links here: utm_source=nl, utm_medium=email, utm_campaign=launch/ },
        { text: "https://x.example/gifts?ref=1" },
        { text: "https://x.example/sale?" },
      ],
      output:
        "[Shop](https://x.example/shop?utm_source=nl&utm_medium=email&utm_campaign=launch)\n" +
        "[Cafés](https://x.example/cafes?utm_source=nl&utm_medium=email&utm_campaign=launch#map) [Gifts](<https://x.example/gifts?ref=1&utm_source=nl&utm_medium=email&utm_campaign=launch>) <https://x.example/sale?utm_source=nl&utm_medium=email&utm_campaign=launch>\n",
    },
  ],
});
