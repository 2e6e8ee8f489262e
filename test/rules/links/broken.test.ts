import rule from "../../../src/core/rules/links/broken.js";
import { ruleTester } from "../../support/rule-tester.js";

const files = {
  "web/pricing.md": "# Pricing\n\n## Plans and prices\n\n<a id=\"faq\"></a>\n",
  "web/img/can.png": "PNG",
  "web/My Guide.md": "# Guide\n",
  "docs/setup.md": "# Set up\n",
  "web/copy.md": "",
};
const web = { files, path: "web/copy.md" };

ruleTester(rule, {
  valid: [
    { ...web, text: "# Home\n\nSee [pricing](pricing.md), [plans](./pricing.md#plans-and-prices) and ![can](img/can.png)." },
    { ...web, text: "[FAQ](pricing.md#faq) [guide](My%20Guide.md) [guide](<My Guide.md>) [q](pricing.md?ref=home#pricing)" },
    { ...web, text: "[setup](/docs/setup.md) [up](../docs/setup.md) [folder](img/) [folder](../docs)" },
    { ...web, text: "## Our cafés\n\n[Jump](#our-cafés) [top](#top) [self](#) <a href=\"#here\">x</a> <span id=\"here\"></span>" },
    { ...web, text: '<img src="img/can.png" alt="A can"> [mail](mailto:hi@x.example) [call](tel:+15550100) <https://x.example/missing.md>' },
    { ...web, text: "[shop](https://x.example/shop#nowhere) [cdn](//cdn.x.example/a.png) [ftp](ftp://x.example/file)" },
    { ...web, text: "[approx] is a shortcut reference without a definition, which is plain text.\n\n`[x](missing.md)`\n\n<!-- [x](missing.md) -->" },
    // Fragments of files that are not Markdown are not checked.
    { files: { "web/app.js": "" }, path: "web/copy.md", text: "[code](app.js#L10)" },
  ],
  invalid: [
    {
      ...web,
      text: "# Home\n\nRead the [guide](guide.md) and see ![the can](img/missing.png).\n\n<img src=\"/img/logo.svg\">",
      findings: [
        { text: "guide.md", line: 3, message: /The file "guide\.md" does not exist \(looked for web\/guide\.md/ },
        { text: "img/missing.png", line: 3, message: /The image "img\/missing\.png"/ },
        { text: "/img/logo.svg", line: 5, message: /looked for img\/logo\.svg/ },
      ],
    },
    {
      ...web,
      text: "# Our cafés\n\n[Map](#map) and [plans](pricing.md#plans) and [faq](pricing.md#faqs).",
      findings: [
        { text: "#map", message: /No heading or HTML anchor in this document has the anchor "#map".*Headings there: #our-cafés/ },
        { text: "#plans", message: /in web\/pricing\.md.*#pricing, #plans-and-prices/ },
        { text: "#faqs" },
      ],
    },
    {
      // A fragment that differs only in case is fixed to the heading's anchor.
      ...web,
      text: "## Shipping\n\n[Shipping](#Shipping), [Plans](pricing.md#Plans-And-Prices)\n",
      findings: [{ text: "#Shipping", message: /differs in case.*"#shipping"/ }, { text: "#Plans-And-Prices" }],
      output: "## Shipping\n\n[Shipping](#shipping), [Plans](pricing.md#plans-and-prices)\n",
    },
    {
      // A reference definition is checked once, however many links use it; an undefined label is reported.
      ...web,
      text: "[One][old] and [two][old] and [three][nope].\n\n[old]: ../old/page.md\n",
      findings: [
        { text: "[three][nope]", message: /The reference \[nope\] has no definition/ },
        { text: "../old/page.md", line: 3 },
      ],
    },
  ],
});
