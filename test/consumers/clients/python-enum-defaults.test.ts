// The post-generation fix for openapi-generator python's enum defaults (`Enum.NUMBER_<varname>`),
// on small model folders shaped like the generator's output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixPythonEnumDefaults } from "../../../scripts/clients/python-enum-defaults.js";

const enumFile = (cls: string, base: string, members: Record<string, string>) =>
  [
    "from enum import Enum",
    "",
    "",
    `class ${cls}(${base}, Enum):`,
    '    """',
    "    Doc. FAKE = 'not a member'",
    '    """',
    "",
    '    """',
    "    allowed enum values",
    '    """',
    ...Object.entries(members).map(([k, v]) => `    ${k} = ${v}`),
    "",
    "    @classmethod",
    "    def from_json(cls, json_str: str) -> Self:",
    "        return cls(json.loads(json_str))",
    "",
  ].join("\n");

const modelFile = (ref: string) =>
  `class Req(BaseModel):\n    agent_type: Optional[X] = Field(default=${ref}, alias="agentType")\n\n    def f(obj):\n        return obj.get("agentType") if "agentType" in obj else ${ref}\n`;

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "py-enum-defaults-"));
  const models = join(dir, "pkg", "models");
  mkdirSync(models, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(models, name), text);
  return models;
}

describe("fixPythonEnumDefaults", () => {
  it("rewrites Enum.NUMBER_<member> to the member the str or int enum declares, and reports each file", () => {
    const models = setup({
      "code.py": enumFile("Code", "str", { WORK_NO: "'0'", AGENT_ID: "'1'" }),
      "num.py": enumFile("Num", "int", { WORK_NO: "0", AGENT_ID: "1" }),
      "a.py": modelFile("Code.NUMBER_WORK_NO"),
      "b.py": modelFile("Num.NUMBER_AGENT_ID"),
    });
    const fixed = fixPythonEnumDefaults(dir, "pkg");
    expect(readFileSync(join(models, "a.py"), "utf8")).toBe(modelFile("Code.WORK_NO"));
    expect(readFileSync(join(models, "b.py"), "utf8")).toBe(modelFile("Num.AGENT_ID"));
    expect(fixed).toEqual([
      expect.stringContaining("a.py: Code.NUMBER_WORK_NO -> Code.WORK_NO"),
      expect.stringContaining("b.py: Num.NUMBER_AGENT_ID -> Num.AGENT_ID"),
    ]);
  });

  it("leaves a reference alone when the class really has the NUMBER_ member, lacks the member, or is no enum", () => {
    const models = setup({
      "own.py": enumFile("Own", "int", { NUMBER_WORK_NO: "0", WORK_NO: "1" }),
      "a.py": modelFile("Own.NUMBER_WORK_NO"),
      "b.py": modelFile("Own.NUMBER_FAKE"),
      "c.py": modelFile("Unknown.NUMBER_WORK_NO"),
    });
    expect(fixPythonEnumDefaults(dir, "pkg")).toEqual([]);
    expect(readFileSync(join(models, "a.py"), "utf8")).toBe(modelFile("Own.NUMBER_WORK_NO"));
    expect(readFileSync(join(models, "b.py"), "utf8")).toBe(modelFile("Own.NUMBER_FAKE"));
    expect(readFileSync(join(models, "c.py"), "utf8")).toBe(modelFile("Unknown.NUMBER_WORK_NO"));
  });
});
