import { describe, expect, it } from 'vitest';
import { type AuthProxyOptions, resolveAuthProxyOptions } from './auth-proxy-options.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const valid: AuthProxyOptions = {
  baseUrl: 'https://api.authflow.test/',
  apiKey,
  role: 'user',
  allowedOrigins: ['https://app.example.com'],
};

describe('given proxy options', () => {
  it('defaults to a Secure __Host- cookie and the default base path', () => {
    const resolved = resolveAuthProxyOptions(valid);
    expect(resolved.cookie).toEqual({ name: '__Host-authflow', secure: true });
    expect(resolved.basePath).toBe('/api/auth');
    expect(resolved.baseUrl).toBe('https://api.authflow.test');
  });

  it('drops the __Host- prefix from the default name when the cookie is not Secure', () => {
    expect(resolveAuthProxyOptions({ ...valid, cookie: { secure: false } }).cookie).toEqual({
      name: 'authflow',
      secure: false,
    });
  });

  it('refuses a __Host- or __Secure- name on a cookie that is not Secure', () => {
    expect(() =>
      resolveAuthProxyOptions({ ...valid, cookie: { name: '__Host-app', secure: false } }),
    ).toThrow(/must be Secure/);
    expect(() =>
      resolveAuthProxyOptions({ ...valid, cookie: { name: '__Secure-app', secure: false } }),
    ).toThrow(/must be Secure/);
  });

  it('refuses a cookie name that would break the header', () => {
    expect(() => resolveAuthProxyOptions({ ...valid, cookie: { name: 'a;b=c' } })).toThrow(/cookie name/);
  });

  it('refuses a malformed API key without quoting it', () => {
    const leaked = 'af_NOT-A-KEY-secret-value';
    let message = '';
    try {
      resolveAuthProxyOptions({ ...valid, apiKey: leaked });
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toMatch(/apiKey/);
    expect(message).not.toContain(leaked);
  });

  it('refuses allowed origins that are not bare origins', () => {
    expect(() => resolveAuthProxyOptions({ ...valid, allowedOrigins: ['https://app.example.com/'] })).toThrow(
      /not an origin/,
    );
    expect(() => resolveAuthProxyOptions({ ...valid, allowedOrigins: ['*'] })).toThrow(/not an origin/);
    expect(() => resolveAuthProxyOptions({ ...valid, allowedOrigins: [] })).toThrow(/at least one/);
  });

  it('refuses a base URL that is not http(s), an empty role and non-positive limits', () => {
    expect(() => resolveAuthProxyOptions({ ...valid, baseUrl: 'ftp://api.authflow.test' })).toThrow(
      /baseUrl/,
    );
    expect(() => resolveAuthProxyOptions({ ...valid, baseUrl: '/relative' })).toThrow(/baseUrl/);
    expect(() => resolveAuthProxyOptions({ ...valid, role: ' ' })).toThrow(/role/);
    expect(() => resolveAuthProxyOptions({ ...valid, timeoutMs: 0 })).toThrow(/positive/);
    expect(() => resolveAuthProxyOptions({ ...valid, maxBodyBytes: Number.NaN })).toThrow(/positive/);
  });

  it('holds failures for 250 ms unless told otherwise, and refuses a negative floor', () => {
    expect(resolveAuthProxyOptions(valid).minimumFailureMs).toBe(250);
    expect(resolveAuthProxyOptions({ ...valid, minimumFailureMs: 0 }).minimumFailureMs).toBe(0);
    expect(() => resolveAuthProxyOptions({ ...valid, minimumFailureMs: -1 })).toThrow(/minimumFailureMs/);
  });

  it('takes a session check on its word for 5 s unless told otherwise, and refuses a negative window', () => {
    expect(resolveAuthProxyOptions(valid).sessionCheckIntervalMs).toBe(5000);
    expect(resolveAuthProxyOptions({ ...valid, sessionCheckIntervalMs: 0 }).sessionCheckIntervalMs).toBe(0);
    expect(() => resolveAuthProxyOptions({ ...valid, sessionCheckIntervalMs: -1 })).toThrow(
      /sessionCheckIntervalMs/,
    );
    expect(() => resolveAuthProxyOptions({ ...valid, sessionCheckIntervalMs: Number.NaN })).toThrow(
      /sessionCheckIntervalMs/,
    );
  });

  it('keeps a logger that throws from failing the request', () => {
    const resolved = resolveAuthProxyOptions({
      ...valid,
      logger: () => {
        throw new Error('disk full');
      },
    });
    expect(() =>
      resolved.logger?.({ event: 'request', endpoint: 'session', status: 200, durationMs: 1 }),
    ).not.toThrow();
  });
});
