import { serverMessages } from '@authflow-ui/contract';
import { http, type RequestHandler } from 'msw';
import type { MockContext } from '../mock-context.js';
import { errorResponse } from '../responses.js';
import { discoveryHandlers } from './discovery.js';
import { emailVerificationHandlers } from './email-verification.js';
import { passkeyHandlers } from './passkeys.js';
import { passwordManagementHandlers } from './password-management.js';
import { sessionHandlers } from './session.js';
import { twoFactorHandlers } from './two-factor.js';

/**
 * Every route of the contract plus discovery, the `passkeys` group when the instance serves it,
 * then a JSON 404 for any other `/auth` path (the passkey paths of a plain AuthFlow among them).
 */
export function createHandlers(context: MockContext): RequestHandler[] {
  return [
    ...discoveryHandlers(context),
    ...sessionHandlers(context),
    ...passwordManagementHandlers(context),
    ...emailVerificationHandlers(context),
    ...twoFactorHandlers(context),
    ...(context.passkeys === false ? [] : passkeyHandlers(context, context.passkeys)),
    http.all(`${context.baseUrl}/auth/*`, () => errorResponse(null, 404, serverMessages.notFound)),
  ];
}
