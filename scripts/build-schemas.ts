import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SCHEMA_FILES, generateSchema } from "./schemas.js";

for (const [path, { schema, title }] of Object.entries(SCHEMA_FILES)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, generateSchema(schema, title));
  console.log(`wrote ${path}`);
}
