import type { TestProject } from "vitest/node";
import { startPrism, type PrismHandle } from "../../cli/mock/prism.js";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

let prism: PrismHandle | undefined;

/** One Prism for the whole run: starting it costs seconds, and every suite only reads from it. */
export async function setup(project: TestProject) {
  prism = await startPrism();
  project.provide("prismUrl", prism.url);
}

export async function teardown() {
  await prism?.stop();
}
