// A failure example must fit the operation it stands under. One shared failure example
// under every operation (e.g. "queueID already exists" as the answer to an invalid task
// search) misleads readers of the docs, and a mock such as Prism serves it as the body of
// every rejected request. So, for every non-2xx response of an operation (except the codes
// listed as `shared`, whose failure is the same everywhere, e.g. an expired token):
//   - each example is used by this operation only — neither the response component nor the
//     example component it comes from is reached from another operation's failures;
//   - each example's `messageField` (e.g. `message`) is a string naming, as a whole word,
//     one of the operation's request fields (a parameter or a request-body property at any
//     depth): the failure says what in THIS request was wrong.
// Runs on the UNRESOLVED document to see which components are shared; findings are reported
// at the operation's response (for sharing) or where the example is written (for its text).

import { createRulesetFunction } from '@stoplight/spectral-core';
import { effectiveParameters, listOperations, deref, followRefs, isRef } from '../../spec-reader/index.js';

const isSuccess = (code) => /^[123]/.test(code);

/** Every property name a request body schema declares, at any depth (through refs). */
function bodyFieldNames(root, schema, names = new Set(), seen = new Set()) {
  const node = deref(root, schema);
  if (!node || typeof node !== 'object' || seen.has(node)) return names;
  seen.add(node);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    names.add(name);
    bodyFieldNames(root, child, names, seen);
  }
  if (node.items) bodyFieldNames(root, node.items, names, seen);
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const member of Array.isArray(node[key]) ? node[key] : []) bodyFieldNames(root, member, names, seen);
  }
  return names;
}

function requestFieldNames(root, op) {
  const names = new Set();
  for (const entry of effectiveParameters(root, op)) if (entry.parameter) names.add(String(entry.parameter.name));
  const body = deref(root, op.operation.requestBody);
  for (const media of Object.values(body?.content ?? {})) if (media && media.schema) bodyFieldNames(root, media.schema, names);
  return names;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesAField = (text, names) => [...names].some((n) => new RegExp(`(^|[^A-Za-z0-9_])${escape(n)}($|[^A-Za-z0-9_])`).test(text));

/** The failure examples of one operation: { value, writtenAt, refs (components reached) }. */
function failureExamples(root, op, shared) {
  const found = [];
  for (const [code, raw] of Object.entries(op.operation.responses ?? {})) {
    if (isSuccess(code) || shared.includes(code)) continue;
    const responsePath = [...op.path, 'responses', code];
    const { node: response, chain } = followRefs(root, raw);
    if (!response || typeof response !== 'object') continue;
    const base = chain.length > 0 ? chain[chain.length - 1].slice(2).split('/') : responsePath;
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      if (!media || typeof media !== 'object') continue;
      const mediaPath = [...base, 'content', mediaType];
      if (media.example !== undefined) found.push({ code, responsePath, refs: [...chain], value: media.example, writtenAt: [...mediaPath, 'example'] });
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        const followed = followRefs(root, example);
        const at = isRef(example) ? followed.chain[followed.chain.length - 1].slice(2).split('/') : [...mediaPath, 'examples', name];
        found.push({ code, responsePath, refs: [...chain, ...followed.chain], value: followed.node?.value, writtenAt: at });
      }
    }
  }
  return found;
}

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['messageField', 'shared'],
      properties: {
        messageField: { type: 'string' },
        shared: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function failureExamplesSpecific(root, { messageField, shared }) {
    const results = [];
    const ops = listOperations(root).map((op) => ({ op, examples: failureExamples(root, op, shared) }));

    // which operations reach each component
    const users = new Map();
    for (const { op, examples } of ops) {
      for (const ex of examples) for (const ref of ex.refs) users.set(ref, new Set([...(users.get(ref) ?? []), op.operation.operationId]));
    }

    const reported = new Set();
    for (const { op, examples } of ops) {
      const fields = requestFieldNames(root, op);
      for (const ex of examples) {
        const sharedRef = ex.refs.find((ref) => (users.get(ref)?.size ?? 0) > 1);
        if (sharedRef) {
          const others = [...users.get(sharedRef)].filter((id) => id !== op.operation.operationId);
          const key = `${ex.responsePath.join('\u0000')}|${sharedRef}`;
          if (!reported.has(key)) {
            reported.add(key);
            results.push({
              message: `the ${ex.code} failure example comes from ${sharedRef}, which ${others.join(', ')} also use: give this operation its own`,
              path: ex.responsePath,
            });
          }
          continue;
        }
        const text = ex.value && typeof ex.value === 'object' ? ex.value[messageField] : undefined;
        if (typeof text !== 'string') {
          results.push({ message: `the ${ex.code} failure example has no string \`${messageField}\` saying what failed`, path: ex.writtenAt });
        } else if (fields.size > 0 && !namesAField(text, fields)) {
          results.push({
            message: `the ${ex.code} failure example's ${messageField} "${text}" names none of ${op.operation.operationId}'s request fields (${[...fields].join(', ')})`,
            path: ex.writtenAt,
          });
        }
      }
    }
    return results;
  },
);
