// Bundles Copydesk. `node esbuild.js` builds once; `--production` minifies; `--watch` rebuilds on change.
// Every bundle is CommonJS for Node (VS Code loads extensions with require) and gets a source map.
import * as esbuild from "esbuild";
import { readFile, readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const root = import.meta.dirname ?? new URL(".", import.meta.url).pathname;

/** `import data from "./list.yaml"` gives the parsed YAML (as scripts/yaml-hooks.mjs does under tsx). */
const yamlPlugin = {
  name: "yaml",
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      try {
        return { contents: JSON.stringify(parse(text) ?? null), loader: "json" };
      } catch (e) {
        return { errors: [{ text: `Not valid YAML: ${e.message}` }] };
      }
    });
  },
};

/**
 * zod bundles the messages of every locale (about 260 KB minified); Copydesk writes its own messages
 * and falls back on zod's English ones only, so the bundles keep `en` alone (`z.locales.xx` is unused).
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";\n', loader: "js" }));
  },
};

const TEST_ROOT = join(root, "test/extension");
const BENCH_ROOT = join(TEST_ROOT, "bench");
const SKIP_TEST_DIRS = new Set(["harness", "suite", "workspace", "bench"]);

async function findFiles(dir, suffix, skip = new Set()) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) out.push(...(await findFiles(path, suffix, skip)));
    } else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

/**
 * A virtual module `specifier` exporting `exportName`: every file `find()` returns, by path, as a
 * lazy loader (the bundle cannot glob). `import { testFiles } from "copydesk:extension-tests"` in the
 * suite loads every test/extension/**\/*.test.ts after mocha's globals exist; the benchmarks' entry
 * does the same with test/extension/bench/*.bench.ts.
 */
const fileListPlugin = (specifier, exportName, find, watchDir) => ({
  name: specifier,
  setup(build) {
    const filter = new RegExp(`^${specifier.replace(/[.:]/g, "\\$&")}$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: specifier }));
    build.onLoad({ filter: /.*/, namespace: specifier }, async () => {
      const files = await find();
      const entries = files.map((f) => `  ${JSON.stringify(relative(root, f))}: () => import(${JSON.stringify(f)}),`);
      return { contents: `export const ${exportName} = {\n${entries.join("\n")}\n};\n`, loader: "js", resolveDir: root, watchDirs: [watchDir] };
    });
  },
});

const extensionTestsPlugin = fileListPlugin("copydesk:extension-tests", "testFiles", () => findFiles(TEST_ROOT, ".test.ts", SKIP_TEST_DIRS), TEST_ROOT);
const extensionBenchesPlugin = fileListPlugin("copydesk:extension-benches", "benchFiles", () => findFiles(BENCH_ROOT, ".bench.ts"), BENCH_ROOT);

/** Reports each build's result (esbuild-sample's problem matcher format). */
const reportPlugin = (name) => ({
  name: "report",
  setup(build) {
    build.onStart(() => {
      if (watch) console.log(`[watch] ${name}: build started`);
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log(`[watch] ${name}: build finished`);
    });
  },
});

const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  logLevel: "warning",
  absWorkingDir: root,
  // Bundled libraries (zod) probe `navigator`; in VS Code's Node extension host that global logs a
  // PendingMigrationError, so compile the probes away: extensions run in Node, not in a browser.
  define: { navigator: "undefined" },
};

/**
 * The extension's bundle leaves core out: `import("./core-api.js")` in src/extension/core.ts stays
 * an (unused) external import, and `__COPYDESK_CORE_BUNDLE__` makes core.ts load out/core.cjs
 * instead (core-bundle.ts, with a V8 code cache). Activation then compiles and evaluates only the
 * adapter (~140 KB minified); core's ~750 KB load on first use, or in the background after activation.
 */
const splitCore = {
  name: "split-core",
  setup(build) {
    build.onResolve({ filter: /^\.\/core-api\.js$/ }, (args) =>
      args.importer.endsWith(join("src", "extension", "core.ts")) ? { path: "./core-api.js", external: true } : undefined,
    );
  },
};

/** An expression: the calling thread's CPU time in ms, or undefined where Node cannot measure it. */
const THREAD_CPU_MS = '(typeof process.threadCpuUsage === "function" ? (({ user, system }) => (user + system) / 1000)(process.threadCpuUsage()) : undefined)';

/** The extension and its real-VS-Code test suite (`vscode` is provided by the editor). */
const extensionBuilds = [
  {
    name: "extension",
    entryPoints: ["src/extension/extension.ts"],
    outfile: "out/extension.cjs",
    external: ["vscode"],
    plugins: [yamlPlugin, splitCore],
    define: { ...common.define, __COPYDESK_CORE_BUNDLE__: JSON.stringify("core.cjs") },
    // The moment the bundle starts to load: activation is timed from here (extension.ts).
    // The thread's CPU time too, where Node can tell (process.threadCpuUsage): on a busy machine the wall clock includes waiting for a core.
    banner: { js: `const __copydeskLoadStart = performance.now(), __copydeskLoadStartCpu = ${THREAD_CPU_MS};` },
    footer: { js: `var __copydeskLoadEnd = performance.now(), __copydeskLoadEndCpu = ${THREAD_CPU_MS};` },
  },
  {
    // What the extension uses of core (src/extension/core-api.ts), loaded by out/extension.cjs on first use.
    name: "extension core",
    entryPoints: ["src/extension/core-api.ts"],
    outfile: "out/core.cjs",
    plugins: [yamlPlugin],
  },
  {
    // test/extension/suite/index.ts and test/extension/**/*.test.ts, with mocha bundled in, so the
    // extension host (code-server's or @vscode/test-electron's) needs nothing from node_modules.
    name: "extension tests",
    entryPoints: ["test/extension/suite/index.ts"],
    outfile: "out/test/suite/index.cjs",
    external: ["vscode"],
    plugins: [yamlPlugin, extensionTestsPlugin],
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { "require-resolve-not-external": "silent" },
  },
  {
    // test/extension/bench/index.ts and the *.bench.ts files: `npm run bench` runs them in a real VS Code.
    name: "extension benchmarks",
    entryPoints: ["test/extension/bench/index.ts"],
    outfile: "out/test/bench/index.cjs",
    external: ["vscode"],
    plugins: [yamlPlugin, extensionBenchesPlugin],
  },
];

const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));

/** The command line: src/cli/bin.ts → bin/copydesk.cjs, the package's `bin`. */
const cliBuilds = [
  {
    name: "cli",
    entryPoints: ["src/cli/bin.ts"],
    outfile: "bin/copydesk.cjs",
    banner: { js: "#!/usr/bin/env node" },
    define: { ...common.define, __COPYDESK_VERSION__: JSON.stringify(version) },
    plugins: [yamlPlugin],
  },
];

async function main() {
  const builds = [...extensionBuilds, ...cliBuilds];
  const contexts = await Promise.all(
    builds.map(({ name, plugins = [], ...options }) =>
      esbuild.context({ ...common, ...options, plugins: [...plugins, zodEnglishOnly, reportPlugin(name)] }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  try {
    const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
    const failed = results.filter((r) => r.status === "rejected");
    if (failed.length) process.exitCode = 1;
    else console.log(`built ${builds.map((b) => relative(root, resolve(root, b.outfile))).join(", ")}${production ? " (production)" : ""}`);
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
