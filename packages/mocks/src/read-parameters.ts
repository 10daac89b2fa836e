import { isRecord, type RouteId, type RouteRequests, type RouteSpec, routes } from '@authflow-ui/contract';

export type ReadParametersResult<R extends RouteId> =
  | {
      status: 'read';
      parameters: RouteRequests[R];
      /** Header parameters (such as `Authorization`), by their contract name. */
      headers: Readonly<Record<string, string>>;
      /** Every string parameter found, wherever the contract places it, by name. */
      values: ReadonlyMap<string, string>;
    }
  | { status: 'missing'; missing: string[] };

async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType)) return {};
  try {
    const parsed: unknown = JSON.parse(await request.text());
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** True once every required parameter of the route was found: the table and the request types agree. */
function holdsRouteParameters<R extends RouteId>(
  _routeId: R,
  parameters: object,
  missing: readonly string[],
): parameters is RouteRequests[R] {
  return missing.length === 0;
}

/**
 * Reads a route's parameters strictly from where the contract's route table places them: query
 * parameters only from the query string, body parameters only from a JSON body (with a JSON
 * content type), headers only from headers. A value elsewhere, empty, or not of the parameter's
 * type (a string, or a JSON object for the few object parameters) counts as missing, as does
 * every body parameter when the body is not JSON. An object's own shape is the route's to check.
 */
export async function readParameters<R extends RouteId>(
  routeId: R,
  request: Request,
): Promise<ReadParametersResult<R>> {
  const route: RouteSpec = routes[routeId];
  const query = new URL(request.url).searchParams;
  const takesBody = route.parameters.some((parameter) => parameter.in === 'body');
  const body = takesBody ? await readJsonBody(request) : {};

  const parameters: Record<string, string | Record<string, unknown>> = {};
  const headers: Record<string, string> = {};
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (const parameter of route.parameters) {
    let value: unknown;
    const location = parameter.in;
    switch (location) {
      case 'query':
        value = query.get(parameter.name);
        break;
      case 'body':
        value = body[parameter.name];
        break;
      case 'header':
        value = request.headers.get(parameter.name);
        break;
      default:
        return location satisfies never;
    }
    if (parameter.type === 'object' && isRecord(value)) {
      parameters[parameter.name] = value;
    } else if (parameter.type === 'string' && typeof value === 'string' && value !== '') {
      values.set(parameter.name, value);
      if (location === 'header') headers[parameter.name] = value;
      else parameters[parameter.name] = value;
    } else if (parameter.required) {
      missing.push(parameter.name);
    }
  }
  if (!holdsRouteParameters(routeId, parameters, missing)) return { status: 'missing', missing };
  return { status: 'read', parameters, headers, values };
}
