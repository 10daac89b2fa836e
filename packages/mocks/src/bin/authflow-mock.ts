import { DEFAULT_BASE_URL } from '../constants.js';
import { parseScenario } from '../parse-scenario.js';
import { startMockServer } from '../start-mock-server.js';

/**
 * `PORT` (default: the port of `DEFAULT_BASE_URL`, `0` for any free port) and an optional
 * `SCENARIO` such as `latency:800`.
 */
function readPort(text: string | undefined): number | null {
  if (text === undefined || text === '') return Number(new URL(DEFAULT_BASE_URL).port);
  return /^\d{1,5}$/.test(text) && Number(text) <= 65_535 ? Number(text) : null;
}

const port = readPort(process.env.PORT);
if (port === null) {
  process.stderr.write(`authflow-mock: PORT must be a port number, got "${process.env.PORT}"\n`);
  process.exit(1);
}
const scenarioText = process.env.SCENARIO ?? '';
const scenario = scenarioText === '' ? null : parseScenario(scenarioText);
if (scenarioText !== '' && scenario === null) {
  process.stderr.write(`authflow-mock: unknown SCENARIO "${scenarioText}"\n`);
  process.exit(1);
}

const server = await startMockServer({ port });
server.mock.setScenario(scenario);
const { owner, member, mfa } = server.mock.seeded;
process.stdout.write(
  [
    `AuthFlow mock listening on ${server.url}`,
    `  api_key  ${server.mock.apiKey}`,
    `  owner    ${owner.email} / ${owner.password}`,
    `  member   ${member.email} / ${member.password}`,
    `  2FA      ${mfa.email} / ${mfa.password} (TOTP secret ${mfa.totpSecret})`,
    `  outbox   ${server.url}/__dev/outbox?email=`,
    ...(scenario === null ? [] : [`  scenario ${scenarioText}`]),
    '',
  ].join('\n'),
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
