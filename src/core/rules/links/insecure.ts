import { defineRule } from "../types.js";
import { isLoopback, targets, webUrl } from "./targets.js";

/** An `http://` link or image where `https://` is expected (loopback addresses excepted). */
export default defineRule({
  id: "links/insecure",
  category: "links",
  meta: {
    description: "An unencrypted http:// link",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    for (const target of targets(document)) {
      if (target.scheme !== "http" || !/^http:\/\//i.test(document.text.slice(target.range[0], target.range[1]))) continue;
      const url = webUrl(target);
      if (!url || isLoopback(url)) continue;
      context.report({
        range: target.range,
        message:
          `"${target.value}" uses http://, which is not encrypted: browsers mark such pages "Not secure", some mail clients block them, and the traffic can be read or altered on the way. ` +
          "Use https:// (the quick fix does), after checking that the site serves the page over https.",
        fix: { range: [target.range[0], target.range[0] + 4], text: "https" },
      });
    }
  },
});
