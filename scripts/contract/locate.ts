// Line numbers in a YAML spec, for annotations when oasdiff gives no source position.
import { readFileSync } from "node:fs";
import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";

export class SpecLines {
  private readonly doc;
  private readonly counter = new LineCounter();

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.counter, keepSourceTokens: false });
  }

  static fromFile(file: string): SpecLines | undefined {
    try {
      return new SpecLines(readFileSync(file, "utf8"));
    } catch {
      return undefined;
    }
  }

  /** 1-based line of the key at the end of `keys` (e.g. ["paths", "/x", "post"]), or undefined. */
  lineOf(keys: string[]): number | undefined {
    let node: unknown = this.doc.contents;
    let line: number | undefined;
    for (const key of keys) {
      if (!isMap(node)) return undefined;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) return undefined;
      const range = (pair.key as Node).range;
      if (range) line = this.counter.linePos(range[0]).line;
      node = pair.value;
    }
    return line;
  }

  /** The operation's line, else its path item's line. */
  operationLine(method: string | undefined, path: string | undefined): number | undefined {
    if (!path) return undefined;
    return (method ? this.lineOf(["paths", path, method.toLowerCase()]) : undefined) ?? this.lineOf(["paths", path]);
  }
}
