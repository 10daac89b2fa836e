import { connect } from 'node:net';
import { defaultProxyBasePath, proxyEndpoints } from '@authflow-ui/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyRefusalMessages } from './read-json-body.js';
import { appOrigin } from './test-support/browser-request.js';
import { proxiedMockForEachTest } from './test-support/proxied-mock-for-each-test.js';
import { type ProxiedMock, startProxy } from './test-support/start-proxied-mock.js';

const setup = proxiedMockForEachTest();
const signInPath = `${defaultProxyBasePath}${proxyEndpoints.signIn.path}`;
const kitHeaders = { origin: appOrigin, 'x-authflow-ui': '1', 'content-type': 'application/json' };

/** Posts raw bytes to sign-in through `fetch`, which sends a correct Content-Length. */
async function postBytes(url: string, body: Uint8Array<ArrayBuffer>) {
  const response = await fetch(`${url}${signInPath}`, { method: 'POST', headers: kitHeaders, body });
  return { status: response.status, body: await response.json() };
}

/**
 * Writes one HTTP/1.1 request by hand, so its Content-Length can disagree with its body, and
 * reads until the proxy closes the connection.
 */
function rawExchange(url: string, declaredLength: number, body: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      const head = [
        `POST ${signInPath} HTTP/1.1`,
        'Host: 127.0.0.1',
        ...Object.entries(kitHeaders).map(([name, value]) => `${name}: ${value}`),
        `Content-Length: ${declaredLength}`,
      ];
      socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
    });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

function jsonOf(answer: string): unknown {
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

describe('given a JSON body with a UTF-8 byte-order mark', () => {
  it('refuses it with 400 and says why, without calling AuthFlow', async () => {
    const { mock, proxied } = setup;
    const json = JSON.stringify({
      email: mock.mock.seeded.member.email,
      password: mock.mock.seeded.member.password,
    });
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    const answer = await postBytes(proxied.proxy.url, body);
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: bodyRefusalMessages.byteOrderMark } },
    });
    expect(proxied.upstream.calls).toHaveLength(0);
  });
});

describe('given a JSON body that names a field twice', () => {
  it.each([
    ['plainly', '{"email":"a@example.com","password":"x","password":"Wrong123!"}'],
    ['through an escape', '{"email":"a@example.com","password":"x","\\u0070assword":"Wrong123!"}'],
  ])('refuses it with 400 when the key repeats %s', async (_how, json) => {
    const { proxied } = setup;
    const answer = await postBytes(proxied.proxy.url, new TextEncoder().encode(json));
    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: bodyRefusalMessages.duplicateKey } },
    });
    expect(proxied.upstream.calls).toHaveLength(0);
  });

  it('still accepts the same key in two different objects and inside strings', async () => {
    const { proxied } = setup;
    const json = '{"email":"a\\"password\\"@example.com","password":"{\\"email\\":1,\\"email\\":2}"}';
    const answer = await postBytes(proxied.proxy.url, new TextEncoder().encode(json));
    expect(answer.status).toBe(401);
  });
});

describe('given a Content-Length that does not match the body', () => {
  it('answers a body longer than declared with a JSON 400 instead of dropping the connection', async () => {
    const { proxied } = setup;
    const answer = await rawExchange(proxied.proxy.url, 5, '{"code":1,"code":"123456"}');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(jsonOf(answer)).toEqual({
      error: { code: 'invalid_request', message: bodyRefusalMessages.lengthMismatch },
    });
    expect(proxied.upstream.calls).toHaveLength(0);
  });

  describe('when the body is shorter than declared', () => {
    let short: ProxiedMock | undefined;
    afterEach(async () => {
      await short?.close();
    });

    it('answers 400 once the body is overdue instead of waiting forever', async () => {
      short = await startProxy(setup.mock, { timeoutMs: 300 });
      const answer = await rawExchange(short.proxy.url, 500, '{"email":"a@example.com"');
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(jsonOf(answer)).toEqual({
        error: { code: 'invalid_request', message: bodyRefusalMessages.lengthMismatch },
      });
      expect(short.upstream.calls).toHaveLength(0);
    });
  });
});
