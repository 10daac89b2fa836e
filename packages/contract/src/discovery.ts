import { isRecord } from './is-record.js';
import { type HttpMethod, type RouteGroup, routeGroups, routeIds, routes } from './routes.js';

export interface DiscoveredRoute {
  method: HttpMethod;
  path: string;
}

/** `GET /` on AuthFlow: the four `authProduct` groups and their routes. */
export interface DiscoveryDocument {
  name: string;
  authProduct: Record<RouteGroup, DiscoveredRoute[]>;
}

/** The discovery document AuthFlow serves, derived from the route table. */
export function buildDiscoveryDocument(): DiscoveryDocument {
  const authProduct: Record<RouteGroup, DiscoveredRoute[]> = {
    session: [],
    passwordManagement: [],
    emailVerification: [],
    twoFactor: [],
  };
  for (const id of routeIds) {
    const route = routes[id];
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
  return routeGroups.every((group) => {
    const list = authProduct[group];
    return Array.isArray(list) && list.every(isDiscoveredRoute);
  });
}
