// Returns a copy of the spec with `x-codeSamples` (TypeScript SDK, CLI, curl) on every operation.
// The input document is never modified: openapi.yaml itself carries no samples.
import { cliSample, curlSample, typescriptSample, type CodeSample } from "./code-samples.js";
import { requestExample, type RequestExample } from "./examples.js";
import { defaultServerUrl, listOperations, type JsonObject } from "./spec.js";

export interface InjectReport {
  operationId: string;
  bodySource: RequestExample["bodySource"];
  missing: string[];
}

export async function injectCodeSamples(spec: JsonObject): Promise<{ doc: JsonObject; report: InjectReport[] }> {
  const doc = structuredClone(spec);
  const serverUrl = defaultServerUrl(doc);
  const report: InjectReport[] = [];
  for (const op of listOperations(doc)) {
    const example = requestExample(doc, op);
    const samples: CodeSample[] = [await typescriptSample(op, example, serverUrl), cliSample(op, example), curlSample(doc, serverUrl, op, example)];
    op.operation["x-codeSamples"] = samples as unknown as JsonObject[];
    report.push({ operationId: op.operationId, bodySource: example.bodySource, missing: example.missing });
  }
  return { doc, report };
}
