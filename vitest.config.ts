import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-prism.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The second reporter names, after the summary, each test skipped for a missing tool (test/support/tools.ts).
    reporters: ["default", "./test/support/missing-tools-reporter.ts"],
  },
});
