/**
 * Tables on a terminal: aligned by display width (CJK takes two columns), epoch-ms columns as
 * date-times and secret columns masked, both read from the response schema; JSON output unchanged.
 */
import stringWidth from "string-width";
import { describe, expect, inject, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { MASK, listTable, objectTable } from "../../cli/output/table.js";
import { runMain } from "./support/run-main.js";

const env = () => ({ SOBOT_BASE_URL: inject("prismUrl"), SOBOT_TOKEN: "test-token" });
const dataOf = (id: keyof typeof examples) => (Object.values(examples[id].response)[0] as { data: unknown }).data;

/** The display column where each cell starts, per line (header, rule and rows). */
function cellStarts(table: string): number[][] {
  return table.split("\n").map((line) => {
    const starts: number[] = [];
    let col = 0;
    let prevSpace = 0;
    for (const { segment } of new Intl.Segmenter().segment(line)) {
      if (segment !== " " && (col === 0 || prevSpace >= 2)) starts.push(col);
      prevSpace = segment === " " ? prevSpace + 1 : 0;
      col += stringWidth(segment);
    }
    return starts;
  });
}

describe("tables", () => {
  it("align columns by display width: CJK, emoji and Latin text in the same column", () => {
    const table = listTable([
      { agentName: "张三丰", ext: "1000", note: "技能组一" },
      { agentName: "Ann", ext: "1001", note: "team 🚀" },
      { agentName: "ＡＢＣ", ext: "10021", note: "x" },
    ]);
    const starts = cellStarts(table);
    expect(new Set(starts.map((s) => JSON.stringify(s))).size, table).toBe(1);
    expect(starts[0]).toEqual([0, 11, 18]); // "agentName" is 9 wide, "ext"/"10021" 5
    // the rule under the header is as wide as each column
    expect(table.split("\n")[1]).toBe(`${"─".repeat(9)}  ${"─".repeat(5)}  ${"─".repeat(8)}`);
  });

  it("cut long cells by display width, never in the middle of a character", () => {
    const [, , row] = listTable([{ v: "漢".repeat(40) }]).split("\n");
    expect(stringWidth(row!)).toBeLessThanOrEqual(48);
    expect(row!.endsWith("…")).toBe(true);
    const obj = objectTable({ 名前: "x", id: "y" });
    expect(cellStarts(obj).map((s) => s[1])).toEqual([6, 6]);
  });

  it("search-call-agents: epoch-ms fields as ISO date-times in the table; JSON keeps the numbers", async () => {
    const agents = dataOf("searchCallAgents") as { createTimeMs: number; updateTimeMs: number; createTime: string }[];
    const table = await runMain(["search-call-agents", "--output", "table"], env());
    expect(table.code, table.stderr).toBe(0);
    for (const a of agents) {
      expect(table.stdout).toContain(new Date(a.createTimeMs).toISOString().replace(".000Z", "Z"));
      expect(table.stdout).not.toContain(String(a.createTimeMs));
      // a text date stays as the server wrote it
      expect(table.stdout).toContain(a.createTime);
    }
    const json = await runMain(["search-call-agents", "--json"], env());
    expect(JSON.parse(json.stdout)).toEqual(agents);
  });

  it("search-extensions: passwords masked in the table (format: password in the spec), kept in JSON; bindTime as a date-time", async () => {
    const page = dataOf("searchExtensions") as { list: { password: string; bindTime: number }[] };
    const table = await runMain(["search-extensions", "--output", "table"], env());
    expect(table.code, table.stderr).toBe(0);
    const rows = table.stdout.split("\n").slice(2, 2 + page.list.length);
    expect(rows).toHaveLength(page.list.length);
    for (const [i, ext] of page.list.entries()) {
      expect(rows[i]).toContain(MASK);
      expect(rows[i]).not.toContain(ext.password);
      expect(rows[i]).toContain(new Date(ext.bindTime).toISOString().replace(".000Z", "Z"));
    }
    expect(table.stdout.trimEnd().split("\n").at(-1)).toBe(`(${MASK}: a secret, not shown in tables; --json prints it)`);
    const json = await runMain(["search-extensions", "--json"], env());
    expect(JSON.parse(json.stdout)).toEqual(page);
  });
});
