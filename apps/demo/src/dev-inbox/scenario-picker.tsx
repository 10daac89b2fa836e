import { useId, useState } from 'react';
import type { DevMock } from '../dev-mock/dev-mock.js';

/** The same texts `?scenario=` accepts. */
const scenarios = [
  { value: '', label: 'No fault' },
  { value: 'latency:1500', label: 'Slow answers (1.5 s)' },
  { value: 'rate-limited:30', label: 'Rate limited (30 s)' },
  { value: 'server-error', label: 'Server error' },
  { value: 'bad-gateway-html', label: 'Bad gateway (HTML)' },
  { value: 'network-error', label: 'Network down' },
  { value: 'malformed-json', label: 'Malformed JSON' },
  { value: 'expired-session', label: 'Expired session' },
  { value: 'expired-temp-token', label: 'Expired 2FA challenge' },
];

/** Switches the mock's fault while you click through a flow. */
export function ScenarioPicker({ devMock }: { devMock: DevMock }) {
  const id = useId();
  const [value, setValue] = useState(() => new URLSearchParams(window.location.search).get('scenario') ?? '');
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>Mock fault</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          devMock.setScenario(event.target.value === '' ? null : event.target.value).catch(() => {
            setValue(value);
          });
        }}
      >
        {scenarios.some((scenario) => scenario.value === value) ? null : (
          <option value={value}>{value}</option>
        )}
        {scenarios.map((scenario) => (
          <option key={scenario.value} value={scenario.value}>
            {scenario.label}
          </option>
        ))}
      </select>
    </div>
  );
}
