/** The call's first piece: the request checked against the spec (lazily loaded validators); nothing is sent when it breaks it. */
import type { Step } from './call.js';
import { Failure } from './failure.js';
import type { ValidateRequest } from './validate.js';

export function validating(next: Step, validate: ValidateRequest | undefined): Step {
  if (!validate) return next;
  return async (call) => {
    if (call.options.validate === false) return next(call);
    const { op } = call;
    // an optional body left out is valid as it is: only a body that is present (or required) is checked
    const body = call.body === undefined && op.requestBody && !op.requestBody.required ? {} : call.body;
    const problem = await validate(op.operationId, { query: call.query, body, headers: call.headers });
    if (problem) throw new Failure('validation', problem.message, { where: false, issues: problem.issues });
    return next(call);
  };
}
