// Reading the base version of the spec out of git.
import { spawnSync } from "node:child_process";

function git(args: string[], cwd: string) {
  return spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The spec's text at `ref`, or undefined when the file does not exist there. Throws on a bad ref. */
export function specAtRef(ref: string, spec: string, cwd: string): string | undefined {
  const verify = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  if (verify.status !== 0) {
    throw new Error(
      `git ref "${ref}" not found. Fetch it first (e.g. \`git fetch origin main\`; in GitHub Actions ` +
        `check out with \`fetch-depth: 0\`), or pass another --base.`,
    );
  }
  const path = `${ref}:./${spec.replace(/^\.\//, "")}`;
  if (git(["cat-file", "-e", path], cwd).status !== 0) return undefined;
  const show = git(["show", path], cwd);
  if (show.status !== 0) throw new Error(`git show ${path} failed: ${show.stderr}`);
  return show.stdout;
}
