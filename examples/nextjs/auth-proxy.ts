import { type AuthProxy, createAuthProxy } from '@authflow-ui/proxy';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Set ${name} (see examples/nextjs/README.md)`);
  return value;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function createProxy(): AuthProxy {
  const appUrl = new URL(process.env.APP_URL ?? 'http://localhost:3000');
  return createAuthProxy({
    baseUrl: required('AUTHFLOW_BASE_URL'),
    apiKey: required('AUTHFLOW_API_KEY'),
    role: process.env.AUTHFLOW_DEFAULT_ROLE ?? 'user',
    allowedOrigins: [appUrl.origin],
    // `next start` passes the peer's address on in `x-forwarded-for`; without it every visitor
    // would share one rate-limit bucket. Behind a load balancer, read the header it sets instead.
    clientAddress: (request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim(),
    // Browsers keep a Secure cookie only from HTTPS or loopback pages; plain http on another host
    // (a container name, a LAN address) needs a cookie without it. Never in production.
    ...(appUrl.protocol === 'http:' && !loopbackHosts.has(appUrl.hostname)
      ? { cookie: { secure: false } }
      : {}),
  });
}

const registryKey = Symbol.for('authflow-ui.example-nextjs.proxy');
const registry = globalThis as typeof globalThis & { [registryKey]?: AuthProxy };

/**
 * The app's one proxy, made on first use (so `next build` needs no secrets). Kept on
 * `globalThis` because Next.js may load this module once per route bundle, while the default
 * store is this process's memory: every route must share one instance.
 */
export function authProxy(): AuthProxy {
  registry[registryKey] ??= createProxy();
  return registry[registryKey];
}
