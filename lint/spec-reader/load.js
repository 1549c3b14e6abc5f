// Loading the contract from a file. Kept apart from ./index.js so that Spectral
// functions, which are handed a parsed document, never import a YAML parser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** openapi.yaml of this repository (next to lint/). */
export const specPath = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));

/** The parsed document at `path` (YAML or JSON, both parse as YAML 1.2). */
export function loadSpec(path = specPath) {
  return parse(readFileSync(path, 'utf8'));
}
