// Node module hooks: `import data from "./list.yaml"` gives the parsed YAML, as esbuild's yaml
// plugin does in the bundles. Used by tests and scripts run with tsx.
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

export async function load(url, context, nextLoad) {
  if (url.endsWith(".yaml") || url.endsWith(".yml")) {
    const text = await readFile(new URL(url), "utf8");
    return { format: "module", shortCircuit: true, source: `export default ${JSON.stringify(parse(text))};` };
  }
  return nextLoad(url, context);
}
