import {
  isPasswordAccepted,
  type RouteId,
  type RouteRequests,
  type RouteSpec,
  routes,
  serverMessages,
} from '@authflow-ui/contract';
import { type HttpHandler, http } from 'msw';
import type { MockContext } from '../mock-context.js';
import { readParameters } from '../read-parameters.js';
import { errorResponse } from '../responses.js';
import { scenarioResponse } from './scenario-response.js';

export interface RouteInput<R extends RouteId> {
  parameters: RouteRequests[R];
  /** Header parameters by their contract name (`Authorization`). */
  headers: Readonly<Record<string, string>>;
  route: RouteSpec;
}

export type RouteImplementation<R extends RouteId> = (input: RouteInput<R>) => Promise<Response>;

/** The parameter that carries a password being set, checked against the contract's password rule. */
const newPasswordParameter: Partial<Record<RouteId, string>> = {
  signUp: 'password',
  resetPassword: 'newPassword',
  changePassword: 'newPassword',
};

/**
 * One route as production answers it, in this order: the active scenario, 405 for another method,
 * 400 for missing or misplaced parameters, 400 for a new password the rule rejects, 401 for a wrong
 * `api_key` on routes that take one; only then the route's own logic.
 */
export function defineRoute<R extends RouteId>(
  context: MockContext,
  routeId: R,
  implementation: RouteImplementation<R>,
): HttpHandler {
  const route: RouteSpec = routes[routeId];
  return http.all(`${context.baseUrl}${route.path}`, async ({ request }) => {
    const fault = await scenarioResponse(context.store.scenario, routeId);
    if (fault !== null) return fault;

    if (request.method !== route.method) {
      return errorResponse(route, 405, serverMessages.methodNotAllowed, { Allow: route.method });
    }

    const read = await readParameters(routeId, request);
    if (read.status === 'missing') {
      return errorResponse(route, 400, `${serverMessages.missingFields}: ${read.missing.join(', ')}`);
    }

    const passwordName = newPasswordParameter[routeId];
    const newPassword = passwordName === undefined ? undefined : read.values.get(passwordName);
    if (newPassword !== undefined && !isPasswordAccepted(newPassword)) {
      return errorResponse(route, 400, serverMessages.weakPassword);
    }

    const apiKey = read.values.get('api_key');
    if (apiKey !== undefined && apiKey !== context.apiKey) {
      return errorResponse(route, 401, serverMessages.invalidApiKey);
    }

    return implementation({ parameters: read.parameters, headers: read.headers, route });
  });
}
