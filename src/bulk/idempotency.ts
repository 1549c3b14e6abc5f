/**
 * Idempotency-Key of one chunk: a UUID (version 5, name-based) of the import id, the chunk
 * index and a digest of exactly the body sent. Deterministic, so a resumed import re-sends a
 * chunk with the key it had before and the server applies it at most once; bound to the
 * content, so other rows or another template under a re-used import id get other keys and are
 * never taken by the server for a replay of the first import (issue 13, finding 2).
 */
import { createHash } from 'node:crypto';

/** Namespace of sobot-cc bulk chunk keys (a fixed random UUID). */
const NAMESPACE = 'b7c1e0a4-5f3d-4c2a-9e8b-6d1f2a3c4b5e';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 4122 §4.3 UUID v5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Digest of a chunk's request body as sent (its JSON text): 32 hex digits of SHA-256. */
export function chunkDigest(bodyJson: string): string {
  return createHash('sha256').update(bodyJson).digest('hex').slice(0, 32);
}

export function chunkIdempotencyKey(importId: string, chunkIndex: number, digest: string): string {
  return uuidV5(`${importId}/chunk/${chunkIndex}/${digest}`);
}
