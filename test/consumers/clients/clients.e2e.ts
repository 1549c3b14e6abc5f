// Generated clients in other languages, used by the committed smoke programs against Prism, and
// the generated Postman collection run with newman. A missing toolchain fails with its fix.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { generateClients, postmanCollectionPath, type ClientsManifest } from "../../../scripts/clients/generate.js";
import { runCollection } from "../../../scripts/clients/newman.js";
import { buildJavaSmoke, runGoSmoke, runJavaSmoke, runPythonSmoke } from "../../../scripts/clients/smoke.js";
import { listOperations, loadSpec } from "../../../scripts/docs/spec.js";
import { expectedSmokeOutput, SMOKE_READS } from "../support/smoke-expectations.js";

const root = new URL("../../../", import.meta.url).pathname;
const spec = loadSpec(`${root}openapi.yaml`);
const outRoot = `${root}clients-out`;

describe("generated clients against Prism", () => {
  let prismUrl: string;
  let manifest: ClientsManifest;

  beforeAll(async () => {
    prismUrl = inject("prismUrl");
    manifest = await generateClients({ out: outRoot });
  });

  it("the smoke programs make one call per tag of the spec", () => {
    const ops = listOperations(spec);
    const tags = new Set(ops.flatMap((o) => o.tags));
    const covered = new Set(ops.filter((o) => o.operationId in SMOKE_READS).flatMap((o) => o.tags));
    expect([...covered].sort()).toEqual([...tags].sort());
  });

  it("generated every client and the collection", () => {
    for (const name of ["python", "go", "java", "postman"]) expect(existsSync(manifest.outputs[name]!), name).toBe(true);
  });

  it("Python: the generated client returns the spec's example data as typed models", () => {
    expect(runPythonSmoke(prismUrl, outRoot)).toEqual(expectedSmokeOutput(spec));
  });

  it("Go: the generated client returns the spec's example data as typed structs", () => {
    expect(runGoSmoke(prismUrl)).toEqual(expectedSmokeOutput(spec));
  });

  it("Java: the generated client returns the spec's example data as typed models", () => {
    const classpath = buildJavaSmoke();
    expect(runJavaSmoke(prismUrl, classpath)).toEqual(expectedSmokeOutput(spec));
  });

  it("Postman: every request of the generated collection is answered 2xx by Prism (newman)", async () => {
    const results = await runCollection(postmanCollectionPath(outRoot), prismUrl);
    expect(results.map((r) => r.name).length).toBe(listOperations(spec).length);
    const bad = results.filter((r) => r.code === undefined || r.code < 200 || r.code > 299).map((r) => `${r.method} ${r.url}: ${r.code ?? r.error}`);
    expect(bad).toEqual([]);
  });
});
