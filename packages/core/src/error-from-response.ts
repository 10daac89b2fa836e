import {
  type AuthErrorCode,
  type RouteId,
  routes,
  serverMessages,
  unauthorizedMessageCode,
} from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';

const codeExchangeRoutes: readonly RouteId[] = ['verifyTwoFactor', 'verifyEmailOtp', 'verifyRecoveryCode'];
const tokenLinkRoutes: readonly RouteId[] = ['verifyEmail', 'resetPassword', 'sendBackupEmail'];

/** Whether the route authenticates with the session token (query, body or Bearer header). */
export function routeUsesSession(routeId: RouteId): boolean {
  return routes[routeId].parameters.some(
    (parameter) => parameter.name === 'sessionToken' || parameter.name === 'Authorization',
  );
}

/** What a 401 with an unrecognised message most likely means on this route. */
function unauthorizedFallback(routeId: RouteId): AuthErrorCode {
  if (routeUsesSession(routeId)) return 'session_expired';
  if (codeExchangeRoutes.includes(routeId)) return 'invalid_code';
  if (tokenLinkRoutes.includes(routeId)) return 'expired';
  if (routeId === 'login') return 'invalid_credentials';
  return 'invalid_request';
}

function listsStatus(routeId: RouteId, status: number): boolean {
  const listed: readonly number[] = routes[routeId].statuses;
  return listed.includes(status);
}

function codeForStatus(routeId: RouteId, status: number, serverMessage: string | undefined): AuthErrorCode {
  const text = serverMessage ?? '';
  if (status === 400)
    return text.startsWith(serverMessages.weakPassword) ? 'weak_password' : 'invalid_request';
  if (status === 401) return unauthorizedMessageCode(serverMessage) ?? unauthorizedFallback(routeId);
  if (status === 403) return 'forbidden';
  // Every 404 the contract lists means "User not found"; a 404 from a route that lists none names
  // a thing (or a wrong base URL), not a person. The proxy classifies the same answers alike.
  if (status === 404) return listsStatus(routeId, 404) ? 'user_not_found' : 'not_found';
  if (status === 409) return 'user_exists';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'invalid_request';
  return 'invalid_response';
}

/**
 * Turns an AuthFlow failure answer into an `AuthError`, by status and the contract's
 * `serverMessages`. `user_not_found` and `invalid_credentials` stay distinct here; a UI must
 * present them alike so that it does not reveal which accounts exist.
 */
export function errorFromResponse(
  routeId: RouteId,
  status: number,
  serverMessage: string | undefined,
  retryAfter: number | undefined,
): AuthError {
  const code = codeForStatus(routeId, status, serverMessage);
  const route = routes[routeId];
  const detail = serverMessage === undefined ? '' : `: ${serverMessage}`;
  return new AuthError(
    code,
    `AuthFlow ${route.method} ${route.path} failed with ${status} (${code})${detail}`,
    {
      status,
      ...(serverMessage === undefined ? {} : { serverMessage }),
      ...(code === 'rate_limited' && retryAfter !== undefined ? { retryAfter } : {}),
    },
  );
}
