/**
 * The CLI's own flags. An operation's field of the same name would be shadowed where both are
 * read: a test (test/cli/flags.test.ts) keeps them apart.
 */

/** Read by every operation command. */
export const COMMON_FLAGS = ['help', 'json', 'all', 'debug', 'version', 'data', 'output', 'profile', 'base-url', 'timeout', 'limit'] as const;
/** Read by `import` besides the template's fields. */
export const IMPORT_FLAGS = [
  'file', 'format', 'report', 'checkpoint', 'import-id', 'chunk-size', 'concurrency', 'column', 'row-defaults',
  'poll-timeout', 'poll-interval', 'resume', 'progress', 'no-progress', 'no-poll', 'resend-unknown', 'keep-duplicates',
] as const;
/** Read by `profile` and `mock` only. */
export const OTHER_FLAGS = ['port', 'app-id', 'app-secret', 'token'] as const;

/** Flags that take no value, whatever the command (so no operation field may have one of these names). */
export const BOOLEAN_FLAGS = ['help', 'json', 'all', 'debug', 'version', 'resume', 'progress', 'no-progress', 'no-poll', 'resend-unknown', 'keep-duplicates'] as const;

/** The commands besides the operations (`help` and `call` take an operation after them). */
export const SUBCOMMANDS = ['help', 'call', 'import', 'profile', 'mock', 'sim', 'mcp', 'completion'] as const;
/** `profile <action>` and the flags it reads. */
export const PROFILE_ACTIONS = ['set', 'show', 'list', 'delete'] as const;
export const PROFILE_FLAGS = ['profile', 'base-url', 'app-id', 'app-secret', 'token', 'help'] as const;
/** `mock` reads these. */
export const MOCK_FLAGS = ['port', 'help'] as const;
/** `completion <shell>`. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
