import { type RouteId, routeIds } from '@authflow-ui/contract';
import {
  DEFAULT_LATENCY_MS,
  DEFAULT_RETRY_AFTER_SECONDS,
  type Scenario,
  type ScenarioName,
  scenarioNames,
} from './scenario.js';

const isScenarioName = (value: string): value is ScenarioName =>
  (scenarioNames as readonly string[]).includes(value);

const isRouteId = (value: string): value is RouteId => (routeIds as readonly string[]).includes(value);

function parseCount(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d{1,7}$/.test(text) ? Number(text) : null;
}

/**
 * Reads a scenario from text such as a `?scenario=` query value: `name`, `name:number` (the
 * `latency` in ms or the `rate-limited` Retry-After seconds) and optionally `@route,route` to limit
 * it, e.g. `rate-limited`, `latency:800`, `server-error@login,me`. Anything else gives `null`.
 */
export function parseScenario(text: string | null | undefined): Scenario | null {
  const match = /^([a-z-]+)(?::([^@]*))?(?:@(.+))?$/.exec(text?.trim() ?? '');
  if (match === null) return null;
  const [, name = '', value, routeList] = match;
  if (!isScenarioName(name)) return null;

  let routes: RouteId[] | undefined;
  if (routeList !== undefined) {
    const names = routeList.split(',');
    if (!names.every(isRouteId)) return null;
    routes = names;
  }
  const scope = routes === undefined ? {} : { routes };

  switch (name) {
    case 'latency': {
      const ms = parseCount(value, DEFAULT_LATENCY_MS);
      return ms === null ? null : { name, ms, ...scope };
    }
    case 'rate-limited': {
      const retryAfter = parseCount(value, DEFAULT_RETRY_AFTER_SECONDS);
      return retryAfter === null ? null : { name, retryAfter, ...scope };
    }
    case 'server-error':
    case 'bad-gateway-html':
    case 'network-error':
    case 'malformed-json':
    case 'expired-session':
    case 'expired-foobar':
    case 'expired-temp-token':
    case 'expired-passkey-challenge':
    case 'passkey-rejected':
    case 'passkey-exists':
      return value === undefined ? { name, ...scope } : null;
    default:
      return name satisfies never;
  }
}
