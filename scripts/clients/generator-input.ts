// What openapi-generator reads: openapi.yaml less the links it cannot parse.
//
// OpenAPI 3.0.3 lets a Link Object's `requestBody` be "Any | {expression}": a literal body with
// runtime expressions inside it, which is how the contract wires a created task's id into the
// import that follows (and how Schemathesis's stateful phase walks it). openapi-generator 7.25's
// parser (swagger-parser) accepts only a string there and refuses the whole document ("is not of
// type `string`", 11 errors), although links play no part in the code it generates. So the
// generator gets a copy without those links — each one named in the manifest's warnings — rather
// than the contract losing them or the generator running with --skip-validate-spec, which would
// hide every other problem it finds.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isObject, type JsonObject } from "../../lint/spec-reader/index.js";
import { loadSpec } from "../../lint/spec-reader/load.js";

export interface GeneratorInput {
  /** The copy to hand to openapi-generator (JSON). */
  path: string;
  /** One line per link left out, e.g. `POST /…/campaigns 200 → importCallingList`. */
  droppedLinks: string[];
}

/** Links whose requestBody is not a single runtime expression, removed from one response. */
function dropBodyLinks(response: unknown, where: string, dropped: string[]): void {
  if (!isObject(response) || !isObject(response.links)) return;
  const links = response.links as JsonObject;
  for (const [name, link] of Object.entries(links)) {
    if (isObject(link) && "requestBody" in link && typeof link.requestBody !== "string") {
      delete links[name];
      dropped.push(`${where} → ${name}`);
    }
  }
  if (Object.keys(links).length === 0) delete response.links;
}

export function writeGeneratorInput(specPath: string, outRoot: string): GeneratorInput {
  const doc = loadSpec(specPath);
  const dropped: string[] = [];
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || !isObject(op.responses)) continue;
      for (const [status, response] of Object.entries(op.responses)) dropBodyLinks(response, `${method.toUpperCase()} ${path} ${status}`, dropped);
    }
  }
  const components = isObject(doc.components) ? doc.components : {};
  for (const [name, response] of Object.entries(isObject(components.responses) ? components.responses : {})) dropBodyLinks(response, `components.responses.${name}`, dropped);
  for (const [name, link] of Object.entries(isObject(components.links) ? components.links : {})) {
    if (isObject(link) && "requestBody" in link && typeof link.requestBody !== "string") {
      delete (components.links as JsonObject)[name];
      dropped.push(`components.links.${name}`);
    }
  }
  mkdirSync(outRoot, { recursive: true });
  const path = join(outRoot, "openapi.generator.json");
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return { path, droppedLinks: dropped };
}
