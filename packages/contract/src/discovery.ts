import { isRecord } from './is-record.js';
import {
  type AuthFlowRouteGroup,
  authFlowRouteGroups,
  authFlowRouteIds,
  authFlowRoutes,
  type HttpMethod,
} from './routes.js';

export interface DiscoveredRoute {
  method: HttpMethod;
  path: string;
}

/**
 * `GET /` on AuthFlow: the four `authProduct` groups and their routes. A backend with an
 * extension group lists it there too; a document without one is still complete.
 */
export interface DiscoveryDocument {
  name: string;
  authProduct: Record<AuthFlowRouteGroup, DiscoveredRoute[]>;
}

/** The discovery document AuthFlow serves, derived from the route table. */
export function buildDiscoveryDocument(): DiscoveryDocument {
  const authProduct: Record<AuthFlowRouteGroup, DiscoveredRoute[]> = {
    session: [],
    passwordManagement: [],
    emailVerification: [],
    twoFactor: [],
  };
  for (const id of authFlowRouteIds) {
    const route = authFlowRoutes[id];
    authProduct[route.group].push({ method: route.method, path: route.path });
  }
  return { name: 'AuthFlow', authProduct };
}

function isDiscoveredRoute(value: unknown): value is DiscoveredRoute {
  return (
    isRecord(value) && typeof value.path === 'string' && (value.method === 'GET' || value.method === 'POST')
  );
}

export function isDiscoveryDocument(value: unknown): value is DiscoveryDocument {
  if (!isRecord(value) || !isRecord(value.authProduct)) return false;
  const { authProduct } = value;
  return authFlowRouteGroups.every((group) => {
    const list = authProduct[group];
    return Array.isArray(list) && list.every(isDiscoveredRoute);
  });
}
