// Post-generation fix for a limit of openapi-generator's `python` generator (7.25.0): a property
// whose schema is a $ref to an enum with `x-enum-varnames` and a `default` gets its default
// written as `Enum.NUMBER_<varname>` (e.g. `AgentTypeCodeOrNull.NUMBER_WORK_NO`): its
// toEnumDefaultValue takes the member name for a value and, as the name is not quoted, treats it
// as a number. No option reaches that code path (enumNameMappings is not consulted there), and the
// module then fails at import with AttributeError. The fix rewrites such a reference to the member
// the generator itself declared in the enum class, and only when that class has the member and
// not the NUMBER_ one; anything else is left for the import (and the smoke test) to fail on.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ENUM_CLASS = /^class (\w+)\((?:str|int|float), Enum\):\n([\s\S]*?)(?=\n    @classmethod|\n(?:class|def) |(?![\s\S]))/gm;
const MEMBER = /^ {4}([A-Z_][A-Z0-9_]*) = /gm;
const NUMBER_REF = /\b([A-Z]\w*)\.NUMBER_([A-Z_][A-Z0-9_]*)\b/g;

/** {enum class name: its member names}, read from the generated models. */
function enumMembers(modelsDir: string, files: string[]): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const file of files) {
    for (const m of readFileSync(join(modelsDir, file), "utf8").matchAll(ENUM_CLASS)) {
      members.set(m[1], new Set([...m[2].matchAll(MEMBER)].map((x) => x[1])));
    }
  }
  return members;
}

/** Rewrites the broken default references in `<outDir>/<package>/models`; returns one line per fixed file. */
export function fixPythonEnumDefaults(outDir: string, packageName: string): string[] {
  const modelsDir = join(outDir, packageName, "models");
  const files = readdirSync(modelsDir).filter((f) => f.endsWith(".py"));
  const members = enumMembers(modelsDir, files);
  const fixed: string[] = [];
  for (const file of files) {
    const path = join(modelsDir, file);
    const before = readFileSync(path, "utf8");
    const refs = new Set<string>();
    const after = before.replace(NUMBER_REF, (ref, cls: string, name: string) => {
      const names = members.get(cls);
      if (!names || names.has(`NUMBER_${name}`) || !names.has(name)) return ref;
      refs.add(`${ref} -> ${cls}.${name}`);
      return `${cls}.${name}`;
    });
    if (after !== before) {
      writeFileSync(path, after);
      fixed.push(`post-generation fix (python enum default named NUMBER_<varname>): ${file}: ${[...refs].join(", ")}`);
    }
  }
  return fixed;
}
