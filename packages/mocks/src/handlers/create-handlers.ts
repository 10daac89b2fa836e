import { serverMessages } from '@authflow-ui/contract';
import { http, type RequestHandler } from 'msw';
import type { MockContext } from '../mock-context.js';
import { errorResponse } from '../responses.js';
import { discoveryHandlers } from './discovery.js';
import { emailVerificationHandlers } from './email-verification.js';
import { passwordManagementHandlers } from './password-management.js';
import { sessionHandlers } from './session.js';
import { twoFactorHandlers } from './two-factor.js';

/** Every route of the contract plus discovery, then a JSON 404 for any other `/auth` path. */
export function createHandlers(context: MockContext): RequestHandler[] {
  return [
    ...discoveryHandlers(context),
    ...sessionHandlers(context),
    ...passwordManagementHandlers(context),
    ...emailVerificationHandlers(context),
    ...twoFactorHandlers(context),
    http.all(`${context.baseUrl}/auth/*`, () => errorResponse(null, 404, serverMessages.notFound)),
  ];
}
