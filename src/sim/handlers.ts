/**
 * The behaviour of every operation, by operationId. Typed against the generated operation
 * table: an operation added to openapi.yaml without a behaviour here fails the type check.
 */
import type { TokenIssuer } from './auth.js';
import type { Handler } from './context.js';
import type { SimOperationId } from './router.js';
import { agentHandlers } from './resources/agents.js';
import { skillGroupHandlers } from './resources/skill-groups.js';
import { extensionHandlers } from './resources/extensions.js';
import { numberHandlers } from './resources/numbers.js';
import { outboundTaskHandlers } from './resources/outbound-tasks.js';
import { callingListHandlers } from './resources/calling-lists.js';
import { contactPlanHandlers } from './resources/contact-plans.js';
import { ivrFlowHandlers } from './resources/ivr-flows.js';

export function createHandlers(tokens: TokenIssuer): Record<SimOperationId, Handler> {
  return {
    createCompanyToken: (ctx) => ({ raw: tokens.issue(ctx.body as Parameters<TokenIssuer['issue']>[0]) }),
    ...agentHandlers,
    ...skillGroupHandlers,
    ...extensionHandlers,
    ...numberHandlers,
    ...outboundTaskHandlers,
    ...callingListHandlers,
    ...contactPlanHandlers,
    ...ivrFlowHandlers,
  } satisfies Record<SimOperationId, Handler>;
}
