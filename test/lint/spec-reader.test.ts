// The one spec reader (lint/spec-reader/) on small documents written here, each built to catch
// one way readers of this project used to disagree: a method only some of them knew, a
// path-level parameter, an escaped pointer, an allOf, a reference that leads nowhere.
import { describe, expect, it } from 'vitest';
import {
  HTTP_METHODS, atPointer, deref, derefStrict, effectiveParameters, findHeader, findOperation, followRefs,
  listOperations, mergeAllOf, mergedProperties, pointerSegments, resolveLocalRef,
} from '../../lint/spec-reader/index.js';

const ok = { responses: {} };

describe('listOperations', () => {
  it('finds an operation under each of the eight methods OpenAPI allows, in document order, and nothing else', () => {
    const item = Object.fromEntries(HTTP_METHODS.map((m) => [m, { ...ok, operationId: `${m}It` }]));
    const doc = { paths: { '/a': { ...item, summary: 'not an operation', parameters: [], servers: [] }, '/b': { get: { ...ok } } } };
    const ops = listOperations(doc);
    expect(HTTP_METHODS).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    expect(ops.map((o) => `${o.method} ${o.pathKey} ${o.operationId}`)).toEqual([
      ...HTTP_METHODS.map((m) => `${m} /a ${m}It`),
      'get /b undefined',
    ]);
    expect(ops[2]!.path).toEqual(['paths', '/a', 'post']);
    expect(findOperation(doc, 'trace', '/a')?.operationId).toBe('traceIt');
    expect(findOperation(doc, 'get', '/c')).toBeUndefined();
  });

  it('follows a $ref\'d path item and survives a document without paths', () => {
    const doc = { paths: { '/x': { $ref: '#/components/pathItems/X' } }, components: { pathItems: { X: { get: { operationId: 'getX' } } } } };
    expect(listOperations(doc).map((o) => o.operationId)).toEqual(['getX']);
    expect(listOperations({})).toEqual([]);
    expect(listOperations(null)).toEqual([]);
  });
});

describe('effectiveParameters', () => {
  const doc = {
    components: { parameters: { Lang: { name: 'Language', in: 'header', description: 'shared' } } },
    paths: {
      '/a/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true },
          { name: 'q', in: 'query', description: 'path level' },
          { $ref: '#/components/parameters/Lang' },
        ],
        get: {
          parameters: [
            { name: 'q', in: 'query', description: 'operation level' },
            { name: 'language', in: 'header', description: 'operation level, other case' },
            { name: 'q', in: 'header' },
            { $ref: '#/components/parameters/Missing' },
          ],
        },
      },
    },
  };
  const [op] = listOperations(doc);

  it('merges path-level parameters, operation-level ones winning by name and location (header names case-insensitive)', () => {
    const entries = effectiveParameters(doc, op!);
    expect(entries.map((e) => e.parameter && `${e.parameter.in}:${e.parameter.name}:${e.parameter.description ?? ''}`)).toEqual([
      'path:id:',
      'query:q:operation level',
      'header:language:operation level, other case',
      'header:q:',
      undefined, // the dangling $ref is kept, last, with no parameter
    ]);
    expect(entries.map((e) => e.path.join('/'))).toEqual([
      'paths//a/{id}/parameters/0',
      'paths//a/{id}/get/parameters/0',
      'paths//a/{id}/get/parameters/1',
      'paths//a/{id}/get/parameters/2',
      'paths//a/{id}/get/parameters/3',
    ]);
  });

  it('finds a header whatever its case', () => {
    expect(findHeader(doc, op!, 'LANGUAGE')?.parameter?.description).toBe('operation level, other case');
    expect(findHeader(doc, op!, 'Idempotency-Key')).toBeUndefined();
  });
});

describe('JSON pointers and $ref', () => {
  const doc = {
    paths: { '/a/b': { get: { operationId: 'x' } } },
    'til~de': { 'per%cent': 1, 'sp ace': 2 },
    components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' }, Loop: { $ref: '#/components/schemas/Loop2' }, Loop2: { $ref: '#/components/schemas/Loop' } } },
  };

  it('decodes ~1 and ~0 in that order, and %-escapes only in a URI fragment', () => {
    expect(pointerSegments('/a~1b/~01/~10')).toEqual(['a/b', '~1', '/0']);
    expect(pointerSegments('')).toEqual([]);
    expect(() => pointerSegments('a/b')).toThrow(/must be empty or start with "\/"/);
    expect(atPointer(doc, '/paths/~1a~1b/get/operationId')).toBe('x');
    expect(atPointer(doc, '/til~0de/per%cent')).toBe(1);
    expect(resolveLocalRef(doc, '#/til~0de/per%25cent')).toBe(1);
    expect(resolveLocalRef(doc, '#/til~0de/sp%20ace')).toBe(2);
    expect(resolveLocalRef(doc, '#/til~0de/%E0%A4%A')).toBeUndefined(); // malformed escape: nothing
    expect(atPointer(doc, '/paths/toString')).toBeUndefined(); // own keys only
  });

  it('follows a chain of references, recording it, and stops on a loop, an external or a dangling one', () => {
    expect(followRefs(doc, { $ref: '#/components/schemas/A' })).toEqual({
      node: { type: 'string' },
      chain: ['#/components/schemas/A', '#/components/schemas/B'],
    });
    expect(deref(doc, { $ref: '#/components/schemas/Loop' })).toBeUndefined();
    expect(deref(doc, { $ref: 'other.yaml#/x' })).toBeUndefined();
    expect(deref(doc, { type: 'integer' })).toEqual({ type: 'integer' });
  });

  it('derefStrict names what is wrong with a reference', () => {
    expect(() => derefStrict(doc, { $ref: '#/components/schemas/Loop' })).toThrow('$ref #/components/schemas/Loop2 is circular');
    expect(() => derefStrict(doc, { $ref: '#/components/schemas/Nope' })).toThrow('$ref #/components/schemas/Nope points at nothing');
    expect(() => derefStrict(doc, { $ref: 'other.yaml#/x' })).toThrow('is not local');
    expect(derefStrict(doc, { $ref: '#/components/schemas/A' })).toEqual({ type: 'string' });
    expect(derefStrict(doc, undefined)).toBeUndefined();
  });
});

describe('mergeAllOf', () => {
  const doc = {
    components: {
      schemas: {
        Envelope: { type: 'object', description: 'the envelope', required: ['code'], properties: { code: { type: 'string' } } },
        Page: { allOf: [{ $ref: '#/components/schemas/Envelope' }, { required: ['data'], properties: { data: { $ref: '#/components/schemas/Data' } } }] },
        Data: { type: 'object', properties: { list: { type: 'array' } } },
        Self: { allOf: [{ $ref: '#/components/schemas/Self' }, { properties: { a: { type: 'string' } } }] },
      },
    },
  };

  it('merges nested allOf through $refs: properties and required united, type and description kept', () => {
    const merged = mergeAllOf(doc, { description: 'own words', allOf: [{ $ref: '#/components/schemas/Page' }], properties: { extra: { type: 'integer' } } });
    expect(Object.keys(merged.properties as object)).toEqual(['extra', 'code', 'data']);
    expect(merged.required).toEqual(['code', 'data']);
    expect(merged.type).toBe('object');
    expect(merged.description).toBe('own words');
    expect(merged.allOf).toBeUndefined();
    expect(mergedProperties(doc, { $ref: '#/components/schemas/Page' }).data).toEqual({ type: 'object', properties: { list: { type: 'array' } } });
  });

  it('returns a schema without allOf as it is, {} for no schema, and ends a cycle', () => {
    expect(mergeAllOf(doc, { $ref: '#/components/schemas/Data' })).toBe(doc.components.schemas.Data);
    expect(mergeAllOf(doc, undefined)).toEqual({});
    expect(Object.keys(mergeAllOf(doc, { $ref: '#/components/schemas/Self' }).properties as object)).toEqual(['a']);
  });
});
