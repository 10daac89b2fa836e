import { type RouteId, routeIds, routes, serverMessages } from '@authflow-ui/contract';
import { delay, HttpResponse } from 'msw';
import { errorResponse, htmlPage } from '../responses.js';
import { DEFAULT_RETRY_AFTER_SECONDS, type Scenario, scenarioCovers } from '../scenario.js';

/** Routes that need a signed-in session: a `sessionToken` parameter or a Bearer header. */
export const sessionRouteIds: readonly RouteId[] = routeIds.filter((id) =>
  routes[id].parameters.some(
    (parameter) => parameter.name === 'sessionToken' || parameter.name === 'Authorization',
  ),
);

/** Routes that finish a login waiting for its second factor. */
export const pendingLoginRouteIds: readonly RouteId[] = [
  'verifyTwoFactor',
  'sendBackupEmail',
  'verifyEmailOtp',
  'verifyRecoveryCode',
];

/** Routes that finish a passkey ceremony, where a backend refuses one. */
const passkeyVerifyRouteIds: readonly RouteId[] = ['verifyPasskeyRegistration', 'verifyPasskeyLogin'];

/** A truncated token answer: valid JSON up to the point the connection "dropped". */
const TRUNCATED_JSON = '{"token":"eyJhbGciOiJSUzUxMiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6';

/**
 * What the active scenario answers instead of the route, or `null` to let the route answer
 * (after the `latency` delay, or because the scenario acts inside the route, as `expired-foobar`
 * does, or does not cover it). `routeId` is `null` for the discovery document.
 */
export async function scenarioResponse(
  scenario: Scenario | null,
  routeId: RouteId | null,
): Promise<Response | null> {
  if (scenario === null || !scenarioCovers(scenario, routeId)) return null;
  const route = routeId === null ? null : routes[routeId];
  switch (scenario.name) {
    case 'latency':
      await delay(scenario.ms);
      return null;
    case 'server-error':
      return errorResponse(route, 500, serverMessages.internalError);
    case 'bad-gateway-html':
      return HttpResponse.html(htmlPage('502 Bad Gateway', 'The upstream server did not answer.'), {
        status: 502,
      });
    case 'rate-limited':
      return errorResponse(route, 429, serverMessages.tooManyRequests, {
        'Retry-After': String(scenario.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS),
      });
    case 'network-error':
      return HttpResponse.error();
    case 'malformed-json':
      return new HttpResponse(TRUNCATED_JSON, {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'expired-session':
      return routeId !== null && sessionRouteIds.includes(routeId)
        ? errorResponse(route, 401, serverMessages.invalidSession)
        : null;
    case 'expired-temp-token':
      return routeId !== null && pendingLoginRouteIds.includes(routeId)
        ? errorResponse(route, 401, serverMessages.tempTokenExpired)
        : null;
    case 'expired-foobar':
      return null;
    case 'expired-passkey-challenge':
      return routeId !== null && passkeyVerifyRouteIds.includes(routeId)
        ? errorResponse(route, 401, serverMessages.passkeyChallengeInvalid)
        : null;
    case 'passkey-rejected':
      return routeId !== null && passkeyVerifyRouteIds.includes(routeId)
        ? errorResponse(route, 401, serverMessages.passkeyRejected)
        : null;
    case 'passkey-exists':
      return routeId === 'verifyPasskeyRegistration'
        ? errorResponse(route, 409, serverMessages.passkeyExists)
        : null;
    default:
      return scenario satisfies never;
  }
}
