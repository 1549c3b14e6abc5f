// The one JSON-pointer codec (lint/spec-reader/pointer.js) that the SDK, the simulator, the CLI,
// the MCP server, the generator and the docs build share. The order of the replacements is the
// whole difficulty: decoding `~0` before `~1` turns `~01` into `/`, encoding `/` before `~`
// turns `/` into `~01`.
import { describe, expect, it } from 'vitest';
import { decodePointerSegment, encodePointerSegment, pointerSegments } from '../../lint/spec-reader/pointer.js';
import * as reader from '../../lint/spec-reader/index.js';

describe('JSON-pointer codec', () => {
  it('decodes ~1 before ~0: `~01` is `~1`, `~10` is `/0`', () => {
    expect(decodePointerSegment('~01')).toBe('~1');
    expect(decodePointerSegment('~10')).toBe('/0');
    expect(decodePointerSegment('a~1b')).toBe('a/b');
    expect(decodePointerSegment('~0')).toBe('~');
    expect(decodePointerSegment('~')).toBe('~'); // a lone tilde is not an escape
  });

  it('encodes ~ before /: `~1` is `~01`, `/0` is `~10`', () => {
    expect(encodePointerSegment('~1')).toBe('~01');
    expect(encodePointerSegment('/0')).toBe('~10');
    expect(encodePointerSegment('a/b')).toBe('a~1b');
    expect(encodePointerSegment('~')).toBe('~0');
    expect(encodePointerSegment('plain')).toBe('plain');
  });

  it('gives back every segment it encoded', () => {
    for (const s of ['~01', '~10', 'a/b', '~', '/', '~/~', '', 'per%25cent', '0']) {
      expect(decodePointerSegment(encodePointerSegment(s)), s).toBe(s);
      expect(pointerSegments(`/${encodePointerSegment(s)}/x`), s).toEqual([s, 'x']);
    }
  });

  it('splits a pointer, %-decoding only a URI fragment, and refuses one without a leading /', () => {
    expect(pointerSegments('/a~1b/~01/~10/~0')).toEqual(['a/b', '~1', '/0', '~']);
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/')).toEqual(['']);
    expect(pointerSegments('/sp%20ace')).toEqual(['sp%20ace']);
    // RFC 6901 §6: %-decoding comes first, so `%7E1` is the escape `~1`, a `/`
    expect(pointerSegments('/sp%20ace/%7E1', { uriFragment: true })).toEqual(['sp ace', '/']);
    expect(() => pointerSegments('a/b')).toThrow('JSON pointer "a/b" must be empty or start with "/"');
  });

  it('is what the spec reader exports (one codec, not a copy)', () => {
    expect(reader.decodePointerSegment).toBe(decodePointerSegment);
    expect(reader.encodePointerSegment).toBe(encodePointerSegment);
    expect(reader.pointerSegments).toBe(pointerSegments);
  });
});
