// What counts as a breaking change for this project, on top of oasdiff's own levels.
// oasdiff levels: 3 = error, 2 = warning, 1 = info. The gate fails on warning and above.
export const FAIL_AT_LEVEL = 2;

export interface SeverityOverride {
  id: string;
  level: "err" | "warn" | "info";
  why: string;
}

/** Checks that oasdiff reports as `info` but that break this project's consumers. */
export const SEVERITY_OVERRIDES: readonly SeverityOverride[] = [
  {
    id: "response-optional-property-removed",
    level: "err",
    why: "almost every response field of this API is optional (the vendor marks them 'Required: No'); clients read them all, so removing one breaks them",
  },
  {
    id: "api-operation-id-removed",
    level: "err",
    why: "the TypeScript SDK (`sobot.call(operationId)`) and every generated client name their methods after operationId",
  },
];

/** The `--severity-levels` file oasdiff reads (it allows no comments: the reasons live above). */
export function severityLevelsFile(): string {
  return SEVERITY_OVERRIDES.map((o) => `${o.id} ${o.level}`).join("\n") + "\n";
}

/** oasdiff flags used for every comparison. */
export const OASDIFF_FLAGS = [
  // every response is `allOf: [Envelope, {data}]`: compare the merged schema, not the subschemas one by one
  "--flatten-allof",
  // nothing is fetched from the network while diffing
  "--allow-external-refs=false",
] as const;
