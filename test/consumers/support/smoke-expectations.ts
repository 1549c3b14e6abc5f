// What the smoke programs read, per operation: JSON paths into the 200 response. The expected
// values come from openapi.yaml's response examples (what Prism answers), never hard-coded here.
import { deref, isObject, listOperations, type Json, type JsonObject } from "../../../scripts/docs/spec.js";

/** One operation per tag of the spec, and the paths each smoke program reports. */
export const SMOKE_READS: Record<string, string[]> = {
  createCompanyToken: ["access_token"],
  getAgentSetting: ["data.agentUUID", "data.wrapUpType", "data.wrapUpTime"],
  searchSkillGroups: ["data.total", "data.list.0.queueID"],
  searchExtensions: ["data.list.0.ext", "data.list.0.bindTime"],
  searchRelayNumbers: ["data.0.gatewayNumber", "data.0.enabled.enabledCode"],
  searchOutboundTasks: ["data.totalCount", "data.list.0.code", "data.list.0.creationTime"],
  createContactPlans: ["data.0"],
  searchPublishedIvrFlows: ["data.total", "data.list.0.name"],
};

/** The example Prism serves for the operation's 200 response (the first one). */
export function responseExample(doc: JsonObject, operationId: string): Json {
  const op = listOperations(doc).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId} in the spec`);
  const responses = op.operation.responses as JsonObject;
  const ok = deref<JsonObject>(doc, responses["200"]);
  const content = isObject(ok?.content) ? ok.content : {};
  const media = deref<JsonObject>(doc, Object.values(content)[0]);
  if (!isObject(media)) throw new Error(`${operationId}: no 200 content`);
  if ("example" in media) return media.example;
  const first = isObject(media.examples) ? deref<JsonObject>(doc, Object.values(media.examples)[0]) : undefined;
  if (isObject(first) && "value" in first) return first.value;
  throw new Error(`${operationId}: no 200 response example`);
}

export function at(value: Json | undefined, path: string): Json | undefined {
  let node = value;
  for (const key of path.split(".")) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** {operationId: {path: expected value}} for every smoke read. */
export function expectedSmokeOutput(doc: JsonObject): Record<string, Record<string, Json | undefined>> {
  const out: Record<string, Record<string, Json | undefined>> = {};
  for (const [operationId, paths] of Object.entries(SMOKE_READS)) {
    const example = responseExample(doc, operationId);
    out[operationId] = Object.fromEntries(paths.map((p) => [p, at(example, p)]));
  }
  return out;
}
