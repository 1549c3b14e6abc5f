// JSON pointers (RFC 6901), the one codec of the project: the spec reader, the generator, the
// docs build, the SDK (bulk bodies, validation issue paths), the simulator, the CLI and the MCP
// server all encode and decode segments here, so none can get the order of `~0`/`~1` wrong.
// Plain ESM without imports: Spectral loads it as JS, and the SDK bundles it into its core.

/** One segment decoded: `~1` is `/`, then `~0` is `~` (in that order, so `~01` stays `~1`). */
export function decodePointerSegment(segment) {
  return String(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** One segment encoded: `~` first, so a `/` does not become `~01`. */
export function encodePointerSegment(segment) {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The segments of a JSON pointer (`/a/b~1c` → `['a', 'b/c']`); `''` is the whole document.
 * A pointer taken from a URI fragment (`$ref: '#/paths/~1a%20b'`) is %-decoded first
 * (RFC 6901 §6), which `uriFragment: true` asks for. Throws on a pointer not starting with `/`.
 */
export function pointerSegments(pointer, { uriFragment = false } = {}) {
  if (pointer === '') return [];
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) {
    throw new Error(`JSON pointer ${JSON.stringify(pointer)} must be empty or start with "/"`);
  }
  return pointer
    .slice(1)
    .split('/')
    .map((s) => decodePointerSegment(uriFragment ? decodeURIComponent(s) : s));
}
