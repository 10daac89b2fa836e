import type { RouteId } from '@authflow-ui/contract';

/** Limits a scenario to some routes; without it the scenario applies to every route. */
export interface ScenarioScope {
  routes?: readonly RouteId[];
}

/**
 * A named fault switch. Faults answer instead of the route; `latency` delays and then answers
 * normally; the `expired-*` scenarios make one kind of credential expired; the `passkey-*`
 * ones refuse a passkey ceremony at its verify step, as a backend would refuse a real one.
 */
export type Scenario = ScenarioScope &
  (
    | { name: 'latency'; ms: number }
    | { name: 'server-error' }
    | { name: 'bad-gateway-html' }
    | { name: 'rate-limited'; retryAfter?: number }
    | { name: 'network-error' }
    | { name: 'malformed-json' }
    | { name: 'expired-session' }
    | { name: 'expired-foobar' }
    | { name: 'expired-temp-token' }
    | { name: 'expired-passkey-challenge' }
    | { name: 'passkey-rejected' }
    | { name: 'passkey-exists' }
  );

export type ScenarioName = Scenario['name'];

export const scenarioNames: readonly ScenarioName[] = [
  'latency',
  'server-error',
  'bad-gateway-html',
  'rate-limited',
  'network-error',
  'malformed-json',
  'expired-session',
  'expired-foobar',
  'expired-temp-token',
  'expired-passkey-challenge',
  'passkey-rejected',
  'passkey-exists',
];

/** `Retry-After` seconds of `rate-limited` when the scenario gives none. */
export const DEFAULT_RETRY_AFTER_SECONDS = 30;

/** Delay of `latency` when parsed from a bare `latency`. */
export const DEFAULT_LATENCY_MS = 1000;

/** Whether `scenario` is switched on for the route serving this request (`null`: the discovery route). */
export function scenarioCovers(scenario: Scenario, routeId: RouteId | null): boolean {
  if (scenario.routes === undefined) return true;
  return routeId !== null && scenario.routes.includes(routeId);
}
