/*
 * Child process of the failure-timing bench (see `spawnFromSource`): the mock AuthFlow, slowed
 * the way AuthFlow is, behind two proxies in `node:http` servers on 127.0.0.1, one without the
 * timing floor and one with the default. Prints `{ withoutFloor, withFloor, paths }` (two origins and the
 * endpoints' paths) once listening and serves until stopped.
 */
import { createServer } from 'node:http';
import { defaultProxyBasePath, proxyEndpoints } from '@authflow-ui/contract';
import { DEFAULT_ROLE, DEV_API_KEY } from '@authflow-ui/mocks';
import { startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import { authflowDelays, timingAccounts } from './failure-timing-accounts.js';
import { benchOrigin } from './load-target.js';
import { untilStopped } from './until-stopped.js';

const mock = await startMockServer({ apiKey: DEV_API_KEY, port: 0 });

/**
 * AuthFlow's own times: the attack pass (issue 18) measured a failed sign-in for an unknown email
 * at about 6 ms and a wrong password at about 35 ms; the mock answers at once, so the delays are
 * added here, by account, after the mock's real answer.
 */
const slowedFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const email = url.searchParams.get('email') ?? emailInBody(init?.body);
  const route = url.pathname.split('/').at(-1) ?? '';
  const answer = await fetch(input, init);
  const delay = authflowDelays[route]?.[email];
  if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
  return answer;
};

/** `forgot-password` takes its email in a JSON body (the contract's route table). */
function emailInBody(body: unknown): string {
  if (typeof body !== 'string') return '';
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null || !('email' in parsed)) return '';
  return typeof parsed.email === 'string' ? parsed.email : '';
}

async function serve(minimumFailureMs: number | undefined): Promise<string> {
  const proxy = createAuthProxy({
    baseUrl: mock.url,
    apiKey: DEV_API_KEY,
    role: DEFAULT_ROLE,
    allowedOrigins: [benchOrigin],
    fetch: slowedFetch,
    // The bench sends hundreds of failures for three accounts from one address.
    rateLimit: false,
    ...(minimumFailureMs === undefined ? {} : { minimumFailureMs }),
  });
  const server = createServer(toNodeHandler(proxy));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

if (mock.mock.seeded.member.email !== timingAccounts.wrongPassword) {
  throw new Error('The bench expects the mock’s seeded member account');
}
const paths = Object.fromEntries(
  (['signIn', 'forgotPassword', 'resendVerificationEmail'] as const).map((id) => [
    id,
    `${defaultProxyBasePath}${proxyEndpoints[id].path}`,
  ]),
);
const servers = { withoutFloor: await serve(0), withFloor: await serve(undefined), paths };
process.stdout.write(`${JSON.stringify(servers)}\n`);
await untilStopped();
await mock.close();
process.exit(0);
