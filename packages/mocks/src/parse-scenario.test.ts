import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse-scenario.js';
import { scenarioNames } from './scenario.js';

describe('given scenario text from a ?scenario= query', () => {
  it('reads every bare scenario name', () => {
    for (const name of scenarioNames) expect(parseScenario(name)?.name).toBe(name);
  });

  it('reads latency in milliseconds and rate-limited Retry-After seconds, with defaults', () => {
    expect(parseScenario('latency:800')).toEqual({ name: 'latency', ms: 800 });
    expect(parseScenario('latency')).toEqual({ name: 'latency', ms: 1000 });
    expect(parseScenario('rate-limited')).toEqual({ name: 'rate-limited', retryAfter: 30 });
    expect(parseScenario('rate-limited:5')).toEqual({ name: 'rate-limited', retryAfter: 5 });
  });

  it('reads a route limit after @', () => {
    expect(parseScenario('server-error@login,me')).toEqual({ name: 'server-error', routes: ['login', 'me'] });
    expect(parseScenario('latency:50@fooBar')).toEqual({ name: 'latency', ms: 50, routes: ['fooBar'] });
  });

  it('answers null for anything else', () => {
    for (const text of [
      '',
      null,
      undefined,
      'explode',
      'latency:fast',
      'latency:-5',
      'server-error:3',
      'server-error@nowhere',
      'Rate-Limited',
    ]) {
      expect(parseScenario(text), String(text)).toBeNull();
    }
  });
});
