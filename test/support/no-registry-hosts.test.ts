// No tracked file names a package registry's host or overrides a client's configured registry:
// every tool reaches its registry through its own default (a user's mirror, a CI's proxy), so the
// repository works wherever those defaults point. package-lock.json is npm's own record of where
// it resolved each package and is the one exception.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

// Written with [.] and [x] classes so that this file does not match its own patterns.
const FORBIDDEN: Array<[RegExp, string]> = [
  [/proxy[.]golang|sum[.]golang[.]org|goproxy[.](io|cn)/i, "Go module proxy host"],
  [/registry[.]npmjs|registry[.]yarnpkg|npmmirror[.]com/i, "npm registry host"],
  [/pypi[.]org|python[h]osted[.]org/i, "PyPI host"],
  [/repo1?[.]maven|maven[.]org|maven[.]apache[.]org\/maven2|central[.]sonatype/i, "Maven Central host"],
  [/(deb|security|ftp)[.]debian[.]org|archive[.]ubuntu[.]com/i, "Debian/Ubuntu archive host"],
  [/(static|index)?[.]?crates[.]io\b/i, "crates registry host"],
  [/GOPROXY=https?:|GONOSUMDB[=]|GOSUMDB[=]/, "Go proxy override"],
  [/PIP_INDEX[_]URL|PIP_EXTRA_INDEX[_]URL|--(extra-)?index[-]url/, "pip index override"],
  [/--registry[ =]|npm_config[_]registry|^registry[ ]*=/m, "npm registry override"],
  [/remote[R]epositories|<repositor[y]>/, "Maven repository override"],
];

function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter((f) => f && f !== "package-lock.json");
}

describe("registry hosts", () => {
  it("no tracked file names a package registry's host or overrides a client's registry", () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(`${root}${file}`, "utf8");
      } catch {
        continue; // deleted in the working tree, not yet committed
      }
      text.split("\n").forEach((line, i) => {
        for (const [pattern, what] of FORBIDDEN) if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it("the patterns catch what they are for", () => {
    const caught = (line: string) => FORBIDDEN.some(([p]) => p.test(line));
    for (const line of [
      ["GOPROXY", "=https:", "//proxy", ".golang.org go install x"].join(""),
      ["pip install --index", "-url https://example.test/simple x"].join(""),
      ["npm install --registry", " https://example.test"].join(""),
      ["https://repo1", ".maven", ".org/maven2"].join(""),
      ["http://deb", ".debian.org/debian"].join(""),
      ["https://files.python", "hosted.org/packages"].join(""),
    ]) {
      expect(caught(line), line).toBe(true);
    }
    for (const line of ["Maven Central", "go install github.com/oasdiff/oasdiff@v1.36.0", "GOPROXY: \"off\"", "pip install -q x==1"]) {
      expect(caught(line), line).toBe(false);
    }
  });
});
