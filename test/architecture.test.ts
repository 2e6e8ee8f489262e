import { strict as assert } from "node:assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

describe("architecture", () => {
  const coreFiles = files("src/core").filter((f) => f.endsWith(".ts"));

  it("finds the core sources", () => {
    assert.ok(coreFiles.length > 10, `only ${coreFiles.length} files under src/core`);
  });

  it("src/core never imports vscode or Node I/O", () => {
    const offenders: string[] = [];
    for (const file of coreFiles) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? "";
        if (spec === "vscode" || spec.startsWith("node:") || ["fs", "path", "child_process", "http", "https", "os", "net"].includes(spec)) {
          offenders.push(`${file} imports ${spec}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("the import scan recognises a vscode import", () => {
    const sample = `import * as vscode from "vscode";\nconst x = require("node:fs");`;
    const specs = [...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
    assert.deepEqual(specs, ["vscode", "node:fs"]);
  });
});
