import { buildDiscoveryDocument, serverMessages } from '@authflow-ui/contract';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { MockContext } from '../mock-context.js';
import { errorResponse } from '../responses.js';
import { scenarioResponse } from './scenario-response.js';

/** `GET /`: the discovery document listing the four `authProduct` groups, and `passkeys` when served. */
export function discoveryHandlers(context: MockContext): HttpHandler[] {
  return [
    http.all(`${context.baseUrl}/`, async ({ request }) => {
      const fault = await scenarioResponse(context.store.scenario, null);
      if (fault !== null) return fault;
      if (request.method !== 'GET') {
        return errorResponse(null, 405, serverMessages.methodNotAllowed, { Allow: 'GET' });
      }
      return HttpResponse.json(
        buildDiscoveryDocument({ extensionGroups: context.passkeys === false ? [] : ['passkeys'] }),
      );
    }),
  ];
}
