import { classifyAuthFlowFailure, type RouteId, routes } from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';

/**
 * Turns an AuthFlow failure answer into an `AuthError`, read by the contract's
 * `classifyAuthFlowFailure`, as the proxy reads it. `user_not_found` and `invalid_credentials`
 * stay distinct here; a UI must present them alike so that it does not reveal which accounts exist.
 */
export function errorFromResponse(
  routeId: RouteId,
  status: number,
  serverMessage: string | undefined,
  retryAfter: number | undefined,
): AuthError {
  const code = classifyAuthFlowFailure(routeId, status, serverMessage);
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
