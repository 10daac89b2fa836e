import { isRecord } from './is-record.js';
import {
  type AuthFlowRouteGroup,
  authFlowRouteGroups,
  authFlowRouteIds,
  authFlowRoutes,
  type ExtensionRouteGroup,
  extensionRouteGroups,
  extensionRouteIds,
  extensionRoutes,
  type HttpMethod,
  routeIds,
  routes,
} from './routes.js';

export interface DiscoveredRoute {
  method: HttpMethod;
  path: string;
}

/** AuthFlow's four groups, always there, and the extension groups this backend serves. */
export type DiscoveredGroups = Record<AuthFlowRouteGroup, DiscoveredRoute[]> &
  Partial<Record<ExtensionRouteGroup, DiscoveredRoute[]>>;

/**
 * `GET /` on AuthFlow: the four `authProduct` groups and their routes. A backend with an
 * extension group lists it there too; a document without one is still complete.
 */
export interface DiscoveryDocument {
  name: string;
  authProduct: DiscoveredGroups;
}

export interface BuildDiscoveryDocumentOptions {
  /** Extension groups the backend serves, listed after AuthFlow's four. Default: none. */
  extensionGroups?: readonly ExtensionRouteGroup[];
}

/** The discovery document AuthFlow serves, derived from the route table. */
export function buildDiscoveryDocument(options: BuildDiscoveryDocumentOptions = {}): DiscoveryDocument {
  const authProduct: DiscoveredGroups = {
    session: [],
    passwordManagement: [],
    emailVerification: [],
    twoFactor: [],
  };
  for (const id of authFlowRouteIds) {
    const route = authFlowRoutes[id];
    authProduct[route.group].push({ method: route.method, path: route.path });
  }
  for (const group of options.extensionGroups ?? []) {
    authProduct[group] = extensionRouteIds
      .map((id) => extensionRoutes[id])
      .filter((route) => route.group === group)
      .map((route) => ({ method: route.method, path: route.path }));
  }
  return { name: 'AuthFlow', authProduct };
}

/**
 * Whether the backend serves an extension group: its discovery document lists the group with at
 * least one route. A client calls no route of a group it was not told about.
 */
export function advertisesGroup(document: DiscoveryDocument, group: ExtensionRouteGroup): boolean {
  return (document.authProduct[group]?.length ?? 0) > 0;
}

function isDiscoveredRoute(value: unknown): value is DiscoveredRoute {
  return (
    isRecord(value) && typeof value.path === 'string' && (value.method === 'GET' || value.method === 'POST')
  );
}

/** The document exactly as `buildDiscoveryDocument` shapes it: every group, routes as objects. */
export function isDiscoveryDocument(value: unknown): value is DiscoveryDocument {
  if (!isRecord(value) || !isRecord(value.authProduct)) return false;
  const { authProduct } = value;
  return authFlowRouteGroups.every((group) => {
    const list = authProduct[group];
    return Array.isArray(list) && list.every(isDiscoveredRoute);
  });
}

function methodOf(text: string): HttpMethod | null {
  const upper = text.toUpperCase();
  return upper === 'GET' || upper === 'POST' ? upper : null;
}

function methodOfPath(path: string): HttpMethod | null {
  const id = routeIds.find((routeId) => routes[routeId].path === path);
  return id === undefined ? null : routes[id].method;
}

type ParsedEntry = { kind: 'route'; route: DiscoveredRoute } | { kind: 'skipped' } | { kind: 'malformed' };

/**
 * One route list entry. The contract shows the groups but not their entries, and AuthFlow
 * deployments list either `{ method, path }` objects or bare strings (`"/auth/login"`, or
 * `"POST /auth/forgot-password"`). A bare path takes its method from the route table; a route
 * this client cannot call (an unknown bare path, a method other than GET and POST) is skipped
 * rather than failing the whole document.
 */
function parseEntry(entry: unknown): ParsedEntry {
  if (typeof entry === 'string') {
    const [first = '', second, ...rest] = entry.trim().split(/\s+/);
    if (rest.length > 0) return { kind: 'malformed' };
    const path = second ?? first;
    if (!path.startsWith('/')) return { kind: 'malformed' };
    const method = second === undefined ? methodOfPath(path) : methodOf(first);
    return method === null ? { kind: 'skipped' } : { kind: 'route', route: { method, path } };
  }
  if (!isRecord(entry) || typeof entry.path !== 'string') return { kind: 'malformed' };
  const { path } = entry;
  const method = typeof entry.method === 'string' ? methodOf(entry.method) : methodOfPath(path);
  return method === null ? { kind: 'skipped' } : { kind: 'route', route: { method, path } };
}

function parseRouteList(list: unknown): DiscoveredRoute[] | null {
  if (!Array.isArray(list)) return null;
  const parsed: DiscoveredRoute[] = [];
  for (const entry of list) {
    const result = parseEntry(entry);
    if (result.kind === 'malformed') return null;
    if (result.kind === 'route') parsed.push(result.route);
  }
  return parsed;
}

/**
 * The extension groups a document lists with at least one route of that group the kit knows.
 * A garbled group, or one of routes the kit cannot call, reads as absent: never as served.
 */
function parseExtensionGroups(
  authProduct: Record<string, unknown>,
): Partial<Record<ExtensionRouteGroup, DiscoveredRoute[]>> {
  const groups: Partial<Record<ExtensionRouteGroup, DiscoveredRoute[]>> = {};
  for (const group of extensionRouteGroups) {
    const known = extensionRouteIds.map((id) => extensionRoutes[id]).filter((route) => route.group === group);
    const listed = authProduct[group] === undefined ? null : parseRouteList(authProduct[group]);
    const callable = (listed ?? []).filter((route) =>
      known.some((spec) => spec.path === route.path && spec.method === route.method),
    );
    if (callable.length > 0) groups[group] = callable;
  }
  return groups;
}

/**
 * Reads a `GET /` answer as leniently as the contract allows: routes as objects or strings,
 * unknown extra groups and fields ignored, and a known group that is absent read as empty (a
 * backend without that capability). `null` when it is not a discovery document at all: no
 * `authProduct` object, none of the known groups, or a group or entry of the wrong type. An
 * extension group appears only when the document lists it.
 */
export function parseDiscoveryDocument(value: unknown): DiscoveryDocument | null {
  if (!isRecord(value) || !isRecord(value.authProduct)) return null;
  const { authProduct } = value;
  if (!authFlowRouteGroups.some((group) => authProduct[group] !== undefined)) return null;
  const groups: Partial<Record<AuthFlowRouteGroup, DiscoveredRoute[]>> = {};
  for (const group of authFlowRouteGroups) {
    const list = authProduct[group] === undefined ? [] : parseRouteList(authProduct[group]);
    if (list === null) return null;
    groups[group] = list;
  }
  return {
    name: typeof value.name === 'string' ? value.name : '',
    authProduct: {
      session: groups.session ?? [],
      passwordManagement: groups.passwordManagement ?? [],
      emailVerification: groups.emailVerification ?? [],
      twoFactor: groups.twoFactor ?? [],
      ...parseExtensionGroups(authProduct),
    },
  };
}
