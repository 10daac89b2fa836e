/*
 * Child process of the proxy-overhead bench (see `spawnFromSource`): signs the seeded member in,
 * once through the proxy (for its cookie) and once directly at the mock AuthFlow (for a session
 * token), then prints the scenarios as JSON (`OverheadScenario[]`) and exits: the session check,
 * and a password reset with an unknown token (a call the proxy must pass upstream every time).
 * Arguments: the mock AuthFlow's URL, then the proxy's URL.
 */
import {
  defaultProxyBasePath,
  isSignInAnswer,
  type ProxyEndpointId,
  type ProxyRequests,
  proxyCsrfHeader,
  proxyCsrfHeaderValue,
  proxyEndpoints,
  type RouteId,
  type RouteRequests,
  responseGuards,
  routes,
  serverMessages,
} from '@authflow-ui/contract';
import { DEFAULT_ROLE, DEV_API_KEY, seededAccounts } from '@authflow-ui/mocks';
import { proxyErrorStatuses } from '@authflow-ui/proxy';
import { benchOrigin, type HttpCall, type OverheadScenario } from './load-target.js';

const [authflowUrl, proxyUrl] = process.argv.slice(2);
if (authflowUrl === undefined || proxyUrl === undefined) {
  throw new Error('usage: prepare-overhead-scenarios.ts <AuthFlow URL> <proxy URL>');
}

/** A contract route called the way the route table says: query string for GET, JSON body for POST. */
function authflowCall<R extends RouteId>(route: R, parameters: RouteRequests[R]): HttpCall {
  const { method, path } = routes[route];
  const url = new URL(`${authflowUrl}${path}`);
  if (method === 'GET') {
    for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, String(value));
    return { url: url.href, method, headers: {} };
  }
  return {
    url: url.href,
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(parameters),
  };
}

/** A proxy endpoint called as the kit's browser code calls it. */
function proxyCall<E extends ProxyEndpointId>(
  endpoint: E,
  body: ProxyRequests[E],
  cookie?: string,
): HttpCall {
  return {
    url: `${proxyUrl}${defaultProxyBasePath}${proxyEndpoints[endpoint].path}`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: benchOrigin,
      [proxyCsrfHeader]: proxyCsrfHeaderValue,
      ...(cookie === undefined ? {} : { cookie }),
    },
    body: JSON.stringify(body),
  };
}

async function send(call: HttpCall): Promise<Response> {
  const response = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body });
  if (response.status !== 200) throw new Error(`${call.method} ${call.url} answered ${response.status}`);
  return response;
}

const member = seededAccounts.member;

async function proxySessionCookie(): Promise<string> {
  const response = await send(proxyCall('signIn', { email: member.email, password: member.password }));
  const answer: unknown = await response.json();
  if (!isSignInAnswer(answer) || answer.type !== 'session') {
    throw new Error('Signing in through the proxy did not start a session');
  }
  const [cookie] = response.headers.getSetCookie();
  const pair = cookie?.split(';')[0];
  if (pair === undefined || pair === '') throw new Error('The proxy set no session cookie');
  return pair;
}

async function authflowSessionToken(): Promise<string> {
  const fooBar: unknown = await (
    await send(authflowCall('fooBar', { identity: member.email, api_key: DEV_API_KEY, role: DEFAULT_ROLE }))
  ).json();
  if (!responseGuards.fooBar(fooBar)) throw new Error('fooBar answered no token');
  const login: unknown = await (
    await send(
      authflowCall('login', {
        foobar: fooBar.token,
        email: member.email,
        password: member.password,
        api_key: DEV_API_KEY,
        role: DEFAULT_ROLE,
      }),
    )
  ).json();
  if (!responseGuards.login(login) || !('token' in login)) throw new Error('login answered no session token');
  return login.token;
}

const cookie = await proxySessionCookie();
const sessionToken = await authflowSessionToken();

// A token no reset mail ever carried: AuthFlow refuses it, so the proxy has nothing to shortcut
// and the call goes upstream every time, as any call with fresh input does.
const unknownResetToken = 'bench-unknown-reset-token';
const newPassword = 'Bench-New-Password-1';
/** What the proxy answers for AuthFlow's "invalid or expired reset token". */
const resetRefusal = 'expired';

// Each check looks for what a failure would lack: a rejected session still answers 200 at the
// proxy, with `"status":"signedOut"` and without a call to AuthFlow.
const scenarios: OverheadScenario[] = [
  {
    name: 'session check',
    direct: {
      ...authflowCall('me', { sessionToken }),
      expectStatus: 200,
      expectInBody: `"email":${JSON.stringify(member.email)}`,
    },
    proxied: { ...proxyCall('session', {}, cookie), expectStatus: 200, expectInBody: '"status":"signedIn"' },
  },
  {
    name: 'reset password, unknown token',
    direct: {
      ...authflowCall('resetPassword', { token: unknownResetToken, newPassword }),
      expectStatus: 401,
      expectInBody: JSON.stringify(serverMessages.resetTokenInvalid),
    },
    proxied: {
      ...proxyCall('resetPassword', { token: unknownResetToken, newPassword }),
      expectStatus: proxyErrorStatuses[resetRefusal],
      expectInBody: `"code":${JSON.stringify(resetRefusal)}`,
    },
  },
];

process.stdout.write(`${JSON.stringify(scenarios)}\n`);
