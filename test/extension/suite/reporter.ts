import { appendFileSync } from "node:fs";
import Mocha from "mocha";

const { EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } =
  Mocha.Runner.constants;

/**
 * A spec-like reporter that writes each line to the console and, when `file` is given, appends it
 * to that file (the harness tails it). It ends with `N passed, N failed`.
 */
export function resultsReporter(file: string | undefined): typeof Mocha.reporters.Base {
  const write = (line: string) => {
    console.log(line);
    if (file) appendFileSync(file, `${line}\n`);
  };
  return class ResultsReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let depth = 0;
      let passed = 0;
      let pending = 0;
      const failures: { title: string; err: Error }[] = [];
      const indent = () => "  ".repeat(depth);
      runner.once(EVENT_RUN_BEGIN, () => write("extension-host tests"));
      runner.on(EVENT_SUITE_BEGIN, (suite) => {
        if (suite.root) return;
        depth++;
        write(`${indent()}${suite.title}`);
      });
      runner.on(EVENT_SUITE_END, (suite) => {
        if (!suite.root) depth--;
      });
      runner.on(EVENT_TEST_PASS, (test) => {
        passed++;
        write(`${indent()}  ✔ ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_PENDING, (test) => {
        pending++;
        write(`${indent()}  - ${test.title} (pending)`);
      });
      runner.on(EVENT_TEST_FAIL, (test, err) => {
        failures.push({ title: test.fullTitle(), err });
        write(`${indent()}  ✘ ${failures.length}) ${test.title}`);
      });
      runner.once(EVENT_RUN_END, () => {
        failures.forEach(({ title, err }, i) => {
          write(`\n  ${i + 1}) ${title}`);
          write(`     ${String(err?.stack ?? err).split("\n").join("\n     ")}`);
        });
        write(`\n${passed} passed, ${failures.length} failed${pending ? `, ${pending} pending` : ""}`);
      });
    }
  };
}
