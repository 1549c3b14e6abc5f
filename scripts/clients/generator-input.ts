// What openapi-generator reads: openapi.yaml less the links it cannot parse and the "one of
// these properties is required" alternatives it turns into "all of them are required".
//
// OpenAPI 3.0.3 lets a Link Object's `requestBody` be "Any | {expression}": a literal body with
// runtime expressions inside it, which is how the contract wires a created task's id into the
// import that follows (and how Schemathesis's stateful phase walks it). openapi-generator 7.25's
// parser (swagger-parser) accepts only a string there and refuses the whole document ("is not of
// type `string`", 11 errors), although links play no part in the code it generates. So the
// generator gets a copy without those links — each one named in the manifest's warnings — rather
// than the contract losing them or the generator running with --skip-validate-spec, which would
// hide every other problem it finds.
//
// CompanyTokenResponse requires `access_token` or `accessToken` (the vendor's pages use either)
// through an `allOf` member that is only an `anyOf` of `required` lists. openapi-generator 7.25
// flattens that anyOf into the model, so every required list applies at once: the Go and Python
// clients then reject the spec's own example, which has only `access_token` ("no value given for
// required property accessToken"). No generator here can express "at least one of", so the copy
// leaves such a member out (named in the manifest's warnings) and the properties stay optional.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isObject, type JsonObject } from "../../lint/spec-reader/index.js";
import { loadSpec } from "../../lint/spec-reader/load.js";

export interface GeneratorInput {
  /** The copy to hand to openapi-generator (JSON). */
  path: string;
  /** One line per link left out, e.g. `POST /…/campaigns 200 → importCallingList`. */
  droppedLinks: string[];
  /** One line per left-out "one of these is required" allOf member, e.g. `components.schemas.X: access_token | accessToken`. */
  droppedAlternatives: string[];
}

/** An anyOf whose branches only require properties the schema itself declares: "at least one of". */
function requiredAlternatives(member: unknown, declared: JsonObject): string[] | undefined {
  if (!isObject(member) || !Array.isArray(member.anyOf) || Object.keys(member).some((k) => k !== "anyOf" && k !== "description")) return undefined;
  const names: string[] = [];
  for (const branch of member.anyOf) {
    if (!isObject(branch) || !Array.isArray(branch.required) || branch.required.length === 0) return undefined;
    if (Object.keys(branch).some((k) => !["type", "description", "required", "properties"].includes(k))) return undefined;
    if (!branch.required.every((n) => typeof n === "string" && n in declared)) return undefined;
    names.push((branch.required as string[]).join(" + "));
  }
  return names;
}

/** allOf members of the component schemas that only say "one of these properties is required". */
function dropRequiredAlternatives(schemas: JsonObject, dropped: string[]): void {
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !Array.isArray(schema.allOf) || !isObject(schema.properties)) continue;
    const declared = schema.properties as JsonObject;
    schema.allOf = schema.allOf.filter((member) => {
      const alternatives = requiredAlternatives(member, declared);
      if (alternatives) dropped.push(`components.schemas.${name}: ${alternatives.join(" | ")}`);
      return !alternatives;
    });
    if ((schema.allOf as unknown[]).length === 0) delete schema.allOf;
  }
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
  const droppedAlternatives: string[] = [];
  if (isObject(components.schemas)) dropRequiredAlternatives(components.schemas as JsonObject, droppedAlternatives);
  mkdirSync(outRoot, { recursive: true });
  const path = join(outRoot, "openapi.generator.json");
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return { path, droppedLinks: dropped, droppedAlternatives };
}
