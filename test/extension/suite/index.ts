/**
 * The mocha entry the extension host loads (`extensionTestsPath`), under code-server or
 * @vscode/test-electron: `run()` resolves when every test passed. Results go to the console and,
 * when COPYDESK_TEST_RESULTS names a file, to that file line by line, so the harness can stream them
 * into the terminal.
 */
import Mocha from "mocha";
// A virtual module made by esbuild.js: every test/extension/**/*.test.ts, loaded lazily.
import { testFiles } from "copydesk:extension-tests";
import { resultsReporter } from "./reporter.js";

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: "bdd",
    timeout: Number(process.env.COPYDESK_TEST_TIMEOUT ?? 20000),
    reporter: resultsReporter(process.env.COPYDESK_TEST_RESULTS),
    ...(process.env.COPYDESK_TEST_GREP ? { grep: process.env.COPYDESK_TEST_GREP } : {}),
  });
  // What mocha's loadFiles does for each file, with the bundled loaders instead of require().
  for (const [file, load] of Object.entries(testFiles)) {
    mocha.suite.emit("pre-require", globalThis, file, mocha);
    mocha.suite.emit("require", await load(), file, mocha);
    mocha.suite.emit("post-require", globalThis, file, mocha);
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension test${failures === 1 ? "" : "s"} failed.`);
}
