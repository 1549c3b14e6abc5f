// Schemathesis (PyPI, pinned in .ci/tool-versions.json) probes what the contract allows: every
// check (`--checks all`), positive and negative data, and the stateful phase that follows the
// contract's OpenAPI `links` (token → every call; task → import → import result; skill group →
// its members …), against the Prism mock of the contract. It must find nothing, except Prism's
// own limitations, each listed by name with its reason (PRISM_LIMITS below, and the hooks in
// schemathesis/prism_limits.py). A consumer-tier test: it needs a tool npm cannot bring.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, inject, it } from "vitest";
import { describeWithTool } from "../support/tools.js";
import { expectNothingFound, runSchemathesis } from "./schemathesis/run.js";

/**
 * Whole checks that only test Prism, not the contract. The narrower limitations (a crash on some
 * property names, its own body for non-JSON requests, a `null` body read as none) are handled
 * in schemathesis/prism_limits.py, so that these checks still run everywhere else.
 */
const PRISM_LIMITS = {
  // Prism checks that `Authorization` is present, not that it holds a valid token: any value passes.
  ignored_auth: "Prism accepts any Authorization value",
  // Prism answers an undeclared method with 405 but without the `Allow` header RFC 9110 asks for.
  unsupported_method: "Prism's 405 carries no Allow header",
} as const;

describeWithTool("schemathesis", "Schemathesis against the Prism mock of the contract", () => {
  const work = mkdtempSync(join(tmpdir(), "sobot-schemathesis-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    "finds no failure with every check and phase, the stateful phase walking the links (Prism's limits excluded by name)",
    async () => {
      expectNothingFound(
        await runSchemathesis(work, {
          url: inject("prismUrl"),
          // Prism checks the scheme is there; the links hand the token from createCompanyToken on
          authorization: "test-token",
          hooks: "prism_limits",
          excludeChecks: Object.keys(PRISM_LIMITS),
        }),
      );
    },
    900_000,
  );
});
