/**
 * Idempotency-Key of one chunk: a UUID (version 5, name-based) of the import id and the chunk
 * index. Deterministic, so a resumed import re-sends a chunk with the key it had before and the
 * server applies it at most once.
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

export function chunkIdempotencyKey(importId: string, chunkIndex: number): string {
  return uuidV5(`${importId}/chunk/${chunkIndex}`);
}
