// Following local `$ref`s by hand.
//
// Several rules run with `resolved: false` because they must SEE a `$ref` (which
// component an operation points at: Envelope, ErrorEnvelope, the shared header
// parameters). They still need the target's content, so they follow the pointer
// themselves. Only local refs (`#/...`) are followed: the Sobot spec is one file,
// and an external ref is reported by the caller as "cannot check" rather than guessed.

/** Decode one JSON-pointer segment (RFC 6901, plus the URI-fragment %-encoding). */
function decodeSegment(segment) {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The node `ref` (a local "#/a/b" pointer) points at in `root`, or undefined. */
export function resolveLocalRef(root, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[decodeSegment(raw)];
  }
  return node;
}

export function isRef(node) {
  return node !== null && typeof node === 'object' && typeof node.$ref === 'string';
}

/**
 * Follow a chain of `$ref`s starting at `node`.
 * Returns `{ node, chain }`: the first non-ref node (undefined when a ref is external,
 * dangling or circular) and every `$ref` string met on the way, in order — callers
 * use `chain` to ask "does this point (eventually) at #/components/schemas/X?".
 */
export function followRefs(root, node) {
  const chain = [];
  let current = node;
  while (isRef(current)) {
    if (chain.includes(current.$ref)) return { node: undefined, chain };
    chain.push(current.$ref);
    current = resolveLocalRef(root, current.$ref);
  }
  return { node: current, chain };
}

/** Shorthand: the dereferenced node, or undefined. */
export function deref(root, node) {
  return followRefs(root, node).node;
}
