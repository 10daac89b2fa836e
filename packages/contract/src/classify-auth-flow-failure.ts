import { type AuthErrorCode, serverMessages } from './errors.js';
import { type RouteId, routes } from './routes.js';
import { unauthorizedMessageCode } from './unauthorized-message-code.js';

/** Routes whose 401 is, above all, about the code the person typed. */
const codeRoutes: readonly RouteId[] = [
  'verifyTwoFactor',
  'verifyEmailOtp',
  'verifyRecoveryCode',
  'verifyTwoFactorSetup',
];

function takesParameter(routeId: RouteId, names: readonly string[]): boolean {
  return routes[routeId].parameters.some((parameter) => names.includes(parameter.name));
}

/**
 * What a 401 whose message AuthFlow does not document most likely means on this route. A
 * code route comes first: `verifyTwoFactorSetup` also carries a session, but an ended session
 * says so in its message, and reading a mistyped code as "signed out" would end a live session.
 */
function unauthorizedFallback(routeId: RouteId): AuthErrorCode {
  if (routeId === 'login') return 'invalid_credentials';
  if (routeId === 'verifyPasskeyLogin') return 'passkey_rejected';
  if (codeRoutes.includes(routeId)) return 'invalid_code';
  if (takesParameter(routeId, ['sessionToken', 'Authorization'])) return 'session_expired';
  if (takesParameter(routeId, ['tempToken', 'token'])) return 'expired';
  return 'invalid_request';
}

/**
 * A 404 names a person when AuthFlow says "User not found" or one of its routes documents a 404
 * (all of them mean that user); any other 404 names a missing thing, such as a wrong base URL, a
 * passkey, or a passkey route of a backend without that group.
 */
function notFoundCode(routeId: RouteId, serverMessage: string | null | undefined): AuthErrorCode {
  const listed: readonly number[] = routes[routeId].statuses;
  if (routes[routeId].group === 'passkeys') return 'not_found';
  if (serverMessage?.startsWith(serverMessages.userNotFound) || listed.includes(404)) return 'user_not_found';
  return 'not_found';
}

/**
 * The kit's code for an AuthFlow failure answer, the one reading core and the proxy share. The
 * status decides first; AuthFlow's message refines 400, 401 and 404, where one status covers
 * several causes. `user_not_found` and `invalid_credentials` stay distinct here: what a browser
 * may learn is a separate policy (`enumerationSafeCode`).
 */
export function classifyAuthFlowFailure(
  routeId: RouteId,
  status: number,
  serverMessage: string | null | undefined,
): AuthErrorCode {
  if (status >= 500) return 'server';
  switch (status) {
    case 400:
      return serverMessage?.startsWith(serverMessages.weakPassword) ? 'weak_password' : 'invalid_request';
    case 401:
      return unauthorizedMessageCode(serverMessage) ?? unauthorizedFallback(routeId);
    case 403:
      return 'forbidden';
    case 404:
      return notFoundCode(routeId, serverMessage);
    case 409:
      return serverMessage?.startsWith(serverMessages.passkeyExists) ? 'passkey_exists' : 'user_exists';
    case 429:
      return 'rate_limited';
    default:
      return status >= 400 ? 'invalid_request' : 'invalid_response';
  }
}
