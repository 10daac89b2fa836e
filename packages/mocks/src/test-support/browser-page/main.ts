import { createMockAuthFlow, DEV_API_KEY } from '@authflow-ui/mocks';
import { startMockWorker } from '@authflow-ui/mocks/browser';

/**
 * A page for the worker test: starts the mock in MSW's service worker under `/authflow`, signs the
 * seeded member in through plain fetch, enables 2FA, and publishes what it saw on `<body>`.
 */
const mock = createMockAuthFlow({ baseUrl: '/authflow' });
const { member } = mock.seeded;

async function getJson(path: string, parameters: Record<string, string>) {
  const response = await fetch(`/authflow${path}?${new URLSearchParams(parameters)}`);
  return { status: response.status, body: await response.json() };
}

async function run() {
  await startMockWorker(mock);
  const fooBar = await getJson('/auth/fooBar', { identity: member.email, api_key: DEV_API_KEY });
  const login = await getJson('/auth/login', {
    foobar: fooBar.body.token,
    email: member.email,
    password: member.password,
    api_key: DEV_API_KEY,
    role: member.role,
  });
  const enable = await fetch('/authflow/auth/2fa/enable', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      sessionToken: login.body.token,
      email: member.email,
      org_id: mock.seeded.orgId,
      role: member.role,
    }),
  });
  const { qrCode } = await enable.json();
  mock.setScenario({ name: 'rate-limited', retryAfter: 7 });
  const limited = await fetch('/authflow/auth/me?sessionToken=x');
  const passthrough = await fetch('/index.html');
  return {
    loginStatus: login.status,
    tokenParts: String(login.body.token).split('.').length,
    enableStatus: enable.status,
    qrCodePrefix: String(qrCode).slice(0, 22),
    limitedStatus: limited.status,
    retryAfter: limited.headers.get('retry-after'),
    passthroughStatus: passthrough.status,
  };
}

run().then(
  (result) => {
    document.body.dataset.result = JSON.stringify(result);
  },
  (error: unknown) => {
    document.body.dataset.result = JSON.stringify({ error: String(error) });
  },
);
