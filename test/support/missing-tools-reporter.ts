// Names, after vitest's summary, every test that was skipped because a tool it needs is not
// installed (test/support/tools.ts marks them), grouped under the one command that installs what
// they need. A skip is never silent: a fresh machine's `npm test` passes and says what it left out.
import type { Reporter, TestModule, Vitest } from "vitest/node";
// For the TaskMeta fields tools.ts declares (missingTools, toolsInstall).
import type {} from "./tools.js";

export default class MissingToolsReporter implements Reporter {
  private vitest?: Vitest;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const byCommand = new Map<string, { tools: string[]; tests: string[] }>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const { missingTools, toolsInstall } = test.meta();
        if (!missingTools?.length || !toolsInstall || test.result().state !== "skipped") continue;
        const group = byCommand.get(toolsInstall) ?? { tools: missingTools.map((t) => `${t.tool}: ${t.what}`), tests: [] };
        group.tests.push(`${module.relativeModuleId} > ${test.fullName}`);
        byCommand.set(toolsInstall, group);
      }
    }
    if (byCommand.size === 0) return;
    const total = [...byCommand.values()].reduce((n, g) => n + g.tests.length, 0);
    const lines = [
      "",
      `Skipped ${total} test${total === 1 ? "" : "s"}: a tool they need is not installed (with SOBOT_REQUIRE_TOOLS=1, as in .ci/run, they fail instead).`,
    ];
    for (const [command, group] of byCommand) {
      lines.push("", `  Install with: ${command}`, ...group.tools.map((t) => `    needs ${t}`));
      for (const name of group.tests) lines.push(`    - ${name}`);
    }
    lines.push("");
    const out = lines.join("\n");
    if (this.vitest) this.vitest.logger.log(out);
    else console.log(out);
  }
}
