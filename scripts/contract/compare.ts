// Base spec vs revision spec -> breaking (acknowledged or not) and other changes.
import { applyAcknowledgements, type Acknowledgement, type AckResult } from "./ack.js";
import { diffSpecs, type OasdiffChange } from "./oasdiff.js";
import { FAIL_AT_LEVEL } from "./policy.js";

export interface Comparison {
  breaking: AckResult;
  info: OasdiffChange[];
}

export function isBreaking(change: OasdiffChange): boolean {
  return change.level >= FAIL_AT_LEVEL;
}

export function compareSpecs(baseFile: string, revisionFile: string, acks: Acknowledgement[] = []): Comparison {
  const changes = diffSpecs(baseFile, revisionFile);
  return {
    breaking: applyAcknowledgements(changes.filter(isBreaking), acks),
    info: changes.filter((c) => !isBreaking(c)),
  };
}
