import { totpSettings } from '../constants.js';
import { buildTotp } from '../totp.js';

/** `curl --get --data-urlencode k=v ...`: a GET with the parameters in the query string. */
export function getWithQuery(
  baseUrl: string,
  path: string,
  parameters: Record<string, string>,
): Promise<Response> {
  const url = new URL(`${baseUrl}${path}`);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.append(name, value);
  return fetch(url);
}

/** `curl -X POST -H "Content-Type: application/json" -d '<json>'`. */
export function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A clock the test moves by hand. */
export function createTestClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)) {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
  };
}

/** The TOTP code an authenticator app shows for `secret` at `timestamp`. */
export function totpCode(secret: string, timestamp: number): string {
  return buildTotp(secret, 'test').generate({ timestamp });
}

/** Milliseconds of one TOTP step, to move a test clock to the next code. */
export const TOTP_STEP_MS = totpSettings.period * 1000;

export async function fetchFooBar(
  baseUrl: string,
  apiKey: string,
  email: string,
  role = 'user',
): Promise<string> {
  const response = await getWithQuery(baseUrl, '/auth/fooBar', { identity: email, api_key: apiKey, role });
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') {
    throw new Error(`fooBar answered ${response.status}`);
  }
  return body.token;
}

/** A fresh fooBar, then `/auth/login`: the raw login answer. */
export async function login(
  baseUrl: string,
  apiKey: string,
  account: { email: string; password: string; role: string },
): Promise<Response> {
  const foobar = await fetchFooBar(baseUrl, apiKey, account.email, account.role);
  return getWithQuery(baseUrl, '/auth/login', {
    foobar,
    email: account.email,
    password: account.password,
    api_key: apiKey,
    role: account.role,
  });
}

/** Logs in an account without 2FA and returns its session token. */
export async function sessionFor(
  baseUrl: string,
  apiKey: string,
  account: { email: string; password: string; role: string },
): Promise<string> {
  const response = await login(baseUrl, apiKey, account);
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') {
    throw new Error(`login answered ${response.status}`);
  }
  return body.token;
}
