// `npm run test:clients`: the slow consumer checks (generated Python/Go/Java clients and their smoke
// programs, the Postman collection under newman), all against one Prism. Kept out of the main
// `vitest run` (they are *.e2e.ts) so that `npm test` runs them after the unit tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/consumers/clients/**/*.e2e.ts"],
    globalSetup: ["test/support/global-prism.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // Names, after the summary, each test skipped for a missing tool (test/support/tools.ts).
    reporters: ["default", "./test/support/missing-tools-reporter.ts"],
  },
});
