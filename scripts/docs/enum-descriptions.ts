// The spec states enum meanings as `x-enum-descriptions` (a list in the order of `enum`, the form
// openapi-generator reads). Redoc shows meanings next to the values only from its own
// `x-enumDescriptions` (value → meaning); without it the page lists bare values ("Enum: 0 1").
// This adds Redoc's form to the docs copy of the spec, so openapi.yaml keeps one form.
import { encodePointerSegment } from "../../lint/spec-reader/pointer.js";
import { isObject, type Json, type JsonObject } from "./spec.js";

export interface EnumDescriptionProblem {
  /** JSON pointer of the schema */
  pointer: string;
  message: string;
}

export interface EnumDescriptionReport {
  /** JSON pointers of the schemas that got `x-enumDescriptions` */
  described: string[];
  /** schemas whose `x-enum-descriptions` do not match their `enum` one to one (left without meanings) */
  problems: EnumDescriptionProblem[];
}

/** Adds `x-enumDescriptions` in place to every schema that has `enum` and `x-enum-descriptions`. */
export function addEnumDescriptions(doc: JsonObject): EnumDescriptionReport {
  const report: EnumDescriptionReport = { described: [], problems: [] };
  const visit = (node: Json, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isObject(node)) return;
    const values = node.enum;
    const meanings = node["x-enum-descriptions"];
    if (Array.isArray(values) && Array.isArray(meanings)) {
      if (meanings.length !== values.length || !meanings.every((m) => typeof m === "string")) {
        report.problems.push({ pointer, message: `x-enum-descriptions has ${meanings.length} entries for ${values.length} enum values` });
      } else {
        node["x-enumDescriptions"] = Object.fromEntries(values.map((v, i) => [typeof v === "string" ? v : JSON.stringify(v), meanings[i]!]));
        report.described.push(pointer);
      }
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${pointer}/${encodePointerSegment(key)}`);
  };
  visit(doc, "");
  return report;
}
