import { strict as assert } from "node:assert";
import { resolve } from "node:path";
import { cliCases, type CliCase } from "../support/cli.js";


const SCENARIOS = resolve("test/cli/scenarios");


const basic = `${SCENARIOS}/basic`;

const cases: CliCase[] = [
  {
    name: "stylish output lists findings per file and a summary",
    args: ["lint"], cwd: basic, exitCode: 1,
    check: ({ stdout }) => {
      assert.match(stdout, /^email\/welcome\.md$/m);
      assert.match(stdout, /4:14 +warning +Write "Acme Cloud", not "AcmeCloud"\..*terms\/use/);
      assert.match(stdout, /6:21 +error +Avoid "cheap".*terms\/avoid/);
      assert.match(stdout, /✖ 3 problems \(1 error, 2 warnings, 0 infos\) in 2 files/);
      assert.doesNotMatch(stdout, /image\.png/);
    },
  },
  {
    name: "json output has the specification's shape, UTF-16 columns and fixes",
    args: ["lint", "--format", "json"], cwd: basic, exitCode: 1,
    check: ({ stdout }) => {
      const json = JSON.parse(stdout);
      assert.equal(json.version, 1);
      assert.deepEqual(json.summary, { files: 2, errors: 1, warnings: 2, infos: 0, hints: 0 });
      const welcome = json.files.find((f: { path: string }) => f.path === "email/welcome.md");
      const second = welcome.findings[2];
      assert.deepEqual([second.rule, second.line, second.column, second.endLine, second.endColumn], ["terms/use", 6, 31, 6, 40]);
      assert.deepEqual(second.fix.text, "Acme Cloud");
      assert.deepEqual(Object.keys(second), ["rule", "severity", "message", "line", "column", "endLine", "endColumn", "fix"]);
    },
  },
  {
    name: "sarif output is SARIF 2.1.0 with rules and regions",
    args: ["lint", "--format", "sarif", "email"], cwd: basic, exitCode: 1,
    check: ({ stdout }) => {
      const sarif = JSON.parse(stdout);
      assert.equal(sarif.version, "2.1.0");
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, "copydesk");
      assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id).sort(), ["terms/avoid", "terms/use"]);
      assert.equal(run.results.length, 3);
      const r = run.results[0];
      assert.equal(r.locations[0].physicalLocation.artifactLocation.uri, "email/welcome.md");
      assert.deepEqual(r.locations[0].physicalLocation.region.startLine, 4);
      assert.equal(run.results[1].level, "error");
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    },
  },
  { name: "--max-warnings passes when warnings are under the limit and there are no errors", args: ["lint", "web"], cwd: basic, exitCode: 0 },
  {
    name: "--max-warnings still fails on errors",
    args: ["lint", "--max-warnings", "10"], cwd: basic, exitCode: 1,
  },
  {
    name: "a configuration error exits 2, naming file, line and column",
    args: ["lint"], cwd: `${SCENARIOS}/broken-config`, exitCode: 2,
    check: ({ stderr }) => {
      assert.match(stderr, /^copydesk\.yaml:5:5: error: Unknown key `requireCTA` in `channels\.email`\./m);
      assert.match(stderr, /linting with the defaults/);
    },
  },
  {
    name: "an unknown option is a usage error",
    args: ["lint", "--fromat", "json"], cwd: basic, exitCode: 2,
    check: ({ stderr }) => assert.match(stderr, /Unknown option '--fromat'.*copydesk --help/),
  },
  { name: "an unknown format is a usage error", args: ["lint", "--format", "xml"], cwd: basic, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /Unknown format "xml"/) },
  { name: "a bad --max-warnings is a usage error", args: ["lint", "--max-warnings", "many"], cwd: basic, exitCode: 2 },
  { name: "a missing path is a usage error", args: ["lint", "nope"], cwd: basic, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /No such file or folder: nope/) },
  { name: "a missing --config file is a usage error", args: ["lint", "--config", "nope.yaml"], cwd: basic, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /nope\.yaml does not exist/) },
  { name: "an unknown command is a usage error", args: ["lnt"], cwd: basic, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /Unknown command "lnt"/) },
  { name: "no command prints usage and exits 2", args: [], cwd: basic, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /Usage: copydesk/) },
  { name: "--help exits 0", args: ["--help"], cwd: basic, exitCode: 0, check: ({ stdout }) => assert.match(stdout, /lint \[paths…\]/) },
  {
    name: "a binary file gets a clear finding, not a crash",
    args: ["lint", "--format", "json", "fake.md"], cwd: `${SCENARIOS}/binary`, exitCode: 1,
    check: ({ stdout }) => assert.equal(JSON.parse(stdout).files[0].findings[0].rule, "document/encoding"),
  },
  {
    name: "--config points at another configuration",
    args: ["lint", "--config", "../broken-config/copydesk.yaml", "web"], cwd: basic, exitCode: 2,
  },
];

describe("copydesk CLI (in process)", () => {
  cliCases(cases);
});

export { cases };
