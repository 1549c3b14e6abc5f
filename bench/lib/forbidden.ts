/** Module paths that an import of the core must not pull in (checked by size and cold-import). */
export const FORBIDDEN: { what: string; test: (p: string) => boolean }[] = [
  { what: 'CLI (cli/)', test: (p) => /^cli\//.test(p) || /(^|\/)dist\/[^/]*\/?cli[./]/.test(p) },
  { what: 'bulk helpers (src/bulk/)', test: (p) => /(^|\/)src\/bulk\//.test(p) || /(^|\/)dist\/.*bulk[./]/.test(p) },
  { what: 'validation (generated/validators, src/validation*)', test: (p) => /(^|\/)generated\/validators\./.test(p) || /(^|\/)src\/validation(\/|\.)/.test(p) || /(^|\/)dist\/.*validation[./]/.test(p) },
  { what: 'ajv', test: (p) => /node_modules\/ajv\//.test(p) },
  { what: 'cli-progress', test: (p) => /node_modules\/cli-progress\//.test(p) },
];
