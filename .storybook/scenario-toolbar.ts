/**
 * The toolbar's mock scenarios, written the way `parseScenario` (and the demo's `?scenario=`) reads
 * them. `none` parses to no scenario.
 */
export const scenarioToolbarItems = [
  { value: 'none', title: 'No fault' },
  { value: 'latency:1500', title: 'Slow answers (1.5 s)' },
  { value: 'rate-limited:30', title: 'Rate limited (Retry-After 30 s)' },
  { value: 'server-error', title: 'Server error (500)' },
  { value: 'bad-gateway-html', title: 'Bad gateway (HTML page)' },
  { value: 'network-error', title: 'Network down' },
  { value: 'malformed-json', title: 'Malformed JSON' },
  { value: 'expired-session', title: 'Expired session' },
  { value: 'expired-foobar', title: 'Expired fooBar token' },
  { value: 'expired-temp-token', title: 'Expired 2FA challenge' },
];
