// openapi.yaml -> Postman collection (openapi-to-postmanv2), requests filled from the spec's examples.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface ConvertResult {
  result: boolean;
  reason?: string;
  output?: Array<{ type: string; data: unknown }>;
}

/** Options of openapi-to-postmanv2: bodies and parameters from the spec's examples, one folder per tag. */
export const POSTMAN_OPTIONS = {
  // `convert` is the converter's v1 interface: it reads these two (not `parametersResolution`).
  requestParametersResolution: "Example",
  exampleParametersResolution: "Example",
  folderStrategy: "Tags",
  includeAuthInfoInExample: true,
  enableOptionalParameters: true,
  keepImplicitHeaders: true,
} as const;

export async function generatePostmanCollection(spec: string, outFile: string): Promise<string> {
  const converter = require("openapi-to-postmanv2") as {
    convert(input: { type: "string"; data: string }, options: object, cb: (err: Error | null, res: ConvertResult) => void): void;
  };
  const result = await new Promise<ConvertResult>((resolve, reject) =>
    converter.convert({ type: "string", data: readFileSync(spec, "utf8") }, POSTMAN_OPTIONS, (err, res) => (err ? reject(err) : resolve(res))),
  );
  if (!result.result || !result.output?.[0]) throw new Error(`openapi-to-postmanv2 could not convert ${spec}: ${result.reason}`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(result.output[0].data, null, 2));
  return outFile;
}
