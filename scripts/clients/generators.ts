// What `npm run clients` generates, and with which generator options. One entry per language.
import { fixPythonEnumDefaults } from "./python-enum-defaults.js";

export interface GeneratorConfig {
  /** Folder under clients-out/. */
  name: "python" | "go" | "java";
  generator: string;
  library?: string;
  additionalProperties: Record<string, string | boolean>;
  /**
   * Property-name mappings. Works around a name clash the generators cannot express otherwise:
   * CompanyTokenResponse has both `access_token` and `accessToken` (the vendor's pages use
   * either), which every generator turns into the same field name.
   */
  nameMappings: Record<string, string>;
  /**
   * Enum-value-name mappings (`--enum-name-mappings`, value -> constant name). Only consulted
   * where a generator names a constant from the raw value instead of x-enum-varnames.
   */
  enumNameMappings: Record<string, string>;
  /** Fixes applied to the output for a generator limit no option reaches; returns what it fixed (manifest warnings). */
  afterGenerate?: (outDir: string) => string[];
  /** Generated files to delete afterwards (tests and scaffolding we do not use). */
  remove: string[];
}

export const GENERATORS: readonly GeneratorConfig[] = [
  {
    name: "python",
    generator: "python",
    additionalProperties: { packageName: "sobot_cc_client", projectName: "sobot-cc-client", packageVersion: "0.1.0", hideGenerationTimestamp: true },
    nameMappings: { accessToken: "legacyAccessToken" },
    enumNameMappings: {},
    // Enum defaults come out as `Enum.NUMBER_<varname>` (see python-enum-defaults.ts).
    afterGenerate: (outDir) => fixPythonEnumDefaults(outDir, "sobot_cc_client"),
    remove: ["test", ".github", ".gitlab-ci.yml", ".travis.yml", "git_push.sh", "tox.ini", "test-requirements.txt"],
  },
  {
    name: "go",
    generator: "go",
    additionalProperties: {
      packageName: "sobotcc",
      withGoMod: false,
      hideGenerationTimestamp: true,
      // AgentType and AgentTypeCode share the value names WORK_NO/AGENT_ID: prefix Go's package-level constants.
      enumClassPrefix: true,
    },
    nameMappings: { accessToken: "LegacyAccessToken" },
    enumNameMappings: {},
    remove: ["test", ".travis.yml", "git_push.sh"],
  },
  {
    name: "java",
    generator: "java",
    library: "native",
    additionalProperties: {
      groupId: "cc.sobot",
      artifactId: "sobot-cc-client",
      artifactVersion: "0.1.0",
      invokerPackage: "cc.sobot.client",
      apiPackage: "cc.sobot.client.api",
      modelPackage: "cc.sobot.client.model",
      hideGenerationTimestamp: true,
      openApiNullable: false,
      useJakartaEe: true,
    },
    nameMappings: { accessToken: "legacyAccessToken" },
    // The array default of SearchRelayNumbersRequest.enabled (`default: [1]`) is written with the
    // constant named from the raw value (`RelayNumberStatus._1`), ignoring x-enum-varnames, so it
    // does not compile. Every enum of the spec with a numeric value "1" has x-enum-varnames, which
    // win over this mapping; so it only renames that default, to the constant x-enum-varnames gives.
    enumNameMappings: { "1": "ENABLED" },
    remove: ["src/test", ".github", ".travis.yml", "git_push.sh", "gradle", "gradlew", "gradlew.bat", "build.gradle", "build.sbt", "settings.gradle"],
  },
];

/** go.mod written into clients-out/go: the smoke program replaces this module path with the folder. */
export const GO_MODULE = "sobot-cc.local/sobotcc";
