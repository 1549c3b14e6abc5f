// Types of ./names.js (plain JS so that Spectral can load it).
export declare function groupKey(tag: string): string;
export declare function commandName(operationId: string): string;
export declare function toolName(operationId: string): string;
export declare function importKind(operationId: string): string;

export interface OperationNames {
  /** the facade's group key, `sobot.<group>.<method>` */
  group: string;
  /** the CLI command */
  command: string;
  /** the MCP tool */
  tool: string;
  /** `sobot-cc import <kind>` of a bulk operation; null for any other */
  importKind: string | null;
}
export declare function operationNames(op: { operationId: string; tag: string; bulk: boolean }): OperationNames;

export interface NameClash {
  kind: 'facade method' | 'CLI command' | 'MCP tool' | 'import kind';
  name: string;
  /** the operation that has the name */
  first: string;
  /** the operation that would get it too */
  second: string;
  /** index of `second` in the rows given */
  index: number;
}
export declare function nameClashes(
  rows: readonly ({ operationId: string; sdkMethod?: unknown } & OperationNames)[],
): NameClash[];
export declare function clashMessage(clash: NameClash): string;
