import { strict as assert } from "node:assert";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { inputTitle, MAX_VALUE_CHARS, validateVariableValue, variableInputs, type VariableInput } from "../../src/core/library/variable-input.js";
import { prompt } from "./support.js";

const welcome = () =>
  parsePrompt(
    "/a.md",
    prompt({ body: "Write for {{audience}} about {{product}} in a {{tone}} voice. {{offer}} {{count}}\n" }).replace(
      "  audience:",
      "  tone: { description: Voice, enum: [friendly, formal], default: formal }\n  offer: { description: An optional offer. }\n  count: { description: How many, enum: [2, 3, 4] }\n  audience:",
    ),
  );

describe("variable inputs", () => {
  it("lists the variables in declaration order, enum values with the default first", () => {
    const inputs = variableInputs(welcome());
    assert.deepEqual(inputs.map((i) => i.name), ["product", "tone", "offer", "count", "audience"]);
    assert.deepEqual(inputs[0], { name: "product", description: "Product name", required: true, default: "Acme Cloud", example: undefined, choices: undefined });
    assert.deepEqual(inputs[1]!.choices, ["formal", "friendly"]);
    assert.equal(inputs[1]!.default, "formal");
    assert.deepEqual(inputs[3]!.choices, ["2", "3", "4"]);
    assert.deepEqual(inputs[4], { name: "audience", description: "Who the trial user is", required: true, default: undefined, example: "IT managers", choices: undefined });
  });

  it("has no inputs for a prompt without variables or with invalid front matter", () => {
    assert.deepEqual(variableInputs(parsePrompt("/a.md", "---\nid: x\n---\nHi")), []);
  });

  it("titles each input with the prompt, the variable and n of m", () => {
    const audience = variableInputs(welcome())[4]!;
    assert.equal(inputTitle("Welcome email", audience, 5, 5), "Welcome email: audience (5 of 5)");
  });
});

describe("validating a value as it is typed", () => {
  const input = (over: Partial<VariableInput> = {}): VariableInput => ({ name: "audience", description: "Who the trial user is", required: true, default: undefined, example: "IT managers", choices: undefined, ...over });

  it("accepts a value, and an empty value for an optional variable", () => {
    assert.equal(validateVariableValue(input(), "CTOs"), undefined);
    assert.equal(validateVariableValue(input({ required: false }), ""), undefined);
    assert.equal(validateVariableValue(input(), "x".repeat(MAX_VALUE_CHARS)), undefined);
  });

  it("says a required value is missing, with the example or the default as a hint", () => {
    assert.equal(validateVariableValue(input(), ""), "audience is required: Who the trial user is. For example: IT managers.");
    assert.equal(validateVariableValue(input(), "   "), "audience is required: Who the trial user is. For example: IT managers.");
    assert.equal(validateVariableValue(input({ name: "product", description: "Product name.", example: undefined, default: "Acme Cloud" }), ""), "product is required: Product name. The default is Acme Cloud.");
    assert.equal(validateVariableValue(input({ example: undefined }), ""), "audience is required: Who the trial user is.");
  });

  it("refuses a value outside the enum", () => {
    assert.equal(validateVariableValue(input({ name: "tone", choices: ["friendly", "formal"] }), "shouty"), 'tone must be one of friendly, formal; "shouty" is not.');
    assert.equal(validateVariableValue(input({ name: "tone", choices: ["friendly", "formal"] }), "formal"), undefined);
  });

  it("refuses line breaks and values that are too long", () => {
    assert.match(validateVariableValue(input(), "IT\nmanagers")!, /^audience must fit on one line/);
    assert.match(validateVariableValue(input(), "x".repeat(MAX_VALUE_CHARS + 1))!, /^audience is 2,001 characters long; a value may have at most 2,000\./);
  });
});
