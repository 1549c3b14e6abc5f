// Runs the generated Postman collection with newman against a base URL (Prism in the tests).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface NewmanResult {
  name: string;
  method: string;
  url: string;
  code?: number;
  error?: string;
}

interface NewmanSummary {
  run: {
    executions: Array<{
      item: { name: string };
      request: { method: string; url: { toString(): string } };
      response?: { code: number };
      requestError?: { message: string };
    }>;
    failures: Array<{ error: { message: string } }>;
  };
}

export async function runCollection(collectionFile: string, baseUrl: string, token = "smoke-token", quiet = true): Promise<NewmanResult[]> {
  const newman = require("newman") as {
    run(options: object, cb: (err: Error | null, summary: NewmanSummary) => void): void;
  };
  const summary = await new Promise<NewmanSummary>((resolve, reject) =>
    newman.run(
      {
        collection: collectionFile,
        envVar: [
          { key: "baseUrl", value: baseUrl },
          { key: "apiKey", value: token },
        ],
        reporters: quiet ? [] : ["cli"],
        timeoutRequest: 15_000,
      },
      (err, s) => (err ? reject(err) : resolve(s)),
    ),
  );
  return summary.run.executions.map((e) => ({
    name: e.item.name,
    method: e.request.method,
    url: e.request.url.toString(),
    code: e.response?.code,
    error: e.requestError?.message,
  }));
}
