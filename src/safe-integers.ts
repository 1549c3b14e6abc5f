/**
 * Integers past 2^53 in a response. JSON.parse rounds them silently (12345678901234567891 →
 * 12345678901234567000), so an id or count would come back wrong with no sign. Nothing in the
 * contract needs them (its int64 fields are epoch milliseconds, safe until the year 287396), so
 * such a number is refused, naming where it is, rather than kept as a string of another type
 * than the contract's. ./attempt.ts loads this module only for a body whose parsed value holds a
 * number of 2^53 or more (./large-numbers.ts): this exact check of the literals is the rare path.
 */
// imports nothing from the core (a lazy module that did would split those modules into chunks of their
// own); the pointer codec is a leaf module of a few lines that the core does not load
import { encodePointerSegment } from '../lint/spec-reader/pointer.js';

/** an integer literal of 16+ digits outside strings: after `[`, `,`, `:` or whitespace, before a delimiter */
const LONG_INTEGER = /(?<=[[,:\s]|^)-?\d{16,}(?=[\s,\]}]|$)/g;
const STRING = /"(?:[^"\\]|\\.)*"/g;

/**
 * The first integer in `text` (the JSON `value` was parsed from) that a double cannot hold
 * exactly, with its JSON pointer: undefined when there is none.
 */
function unsafeInteger(text: string, value: unknown): { literal: string; path: string } | undefined {
  const literal = text.replace(STRING, '""').match(LONG_INTEGER)?.find((l) => !Number.isSafeInteger(Number(l)) && BigInt(l) !== BigInt(Number(l)));
  if (literal === undefined) return undefined;
  return { literal, path: pathOf(value, Number(literal)) ?? '' };
}

/** What is wrong with success body `text`, parsed as `value` ("with the integer … at …"), or undefined when nothing is. */
export function unsafeIntegerProblem(text: string, value: unknown): string | undefined {
  const unsafe = unsafeInteger(text, value);
  return unsafe && `with the integer ${unsafe.literal} at ${unsafe.path || 'the top level'}, which a JavaScript number `
    + `cannot hold exactly (it would read as ${Number(unsafe.literal)}); refused rather than rounded`;
}

function pathOf(v: unknown, n: number, at = '', depth = 0): string | undefined {
  if (v === n) return at;
  if (!v || typeof v !== 'object' || depth > 64) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const found = pathOf(x, n, `${at}/${encodePointerSegment(k)}`, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
