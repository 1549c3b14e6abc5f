// What `npm run clients` generates, and with which generator options. One entry per language.
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
  /** Generated files to delete afterwards (tests and scaffolding we do not use). */
  remove: string[];
}

export const GENERATORS: readonly GeneratorConfig[] = [
  {
    name: "python",
    generator: "python",
    additionalProperties: { packageName: "sobot_cc_client", projectName: "sobot-cc-client", packageVersion: "0.1.0", hideGenerationTimestamp: true },
    nameMappings: { accessToken: "legacyAccessToken" },
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
    remove: ["src/test", ".github", ".travis.yml", "git_push.sh", "gradle", "gradlew", "gradlew.bat", "build.gradle", "build.sbt", "settings.gradle"],
  },
];

/** go.mod written into clients-out/go: the smoke program replaces this module path with the folder. */
export const GO_MODULE = "sobot-cc.local/sobotcc";
