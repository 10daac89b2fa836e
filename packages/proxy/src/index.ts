export { AuthProxyError } from './auth-proxy-error.js';
export type {
  AuthProxyCookieOptions,
  AuthProxyOptions,
} from './auth-proxy-options.js';
export { defaultMinimumFailureMs, defaultSessionCheckIntervalMs } from './auth-proxy-options.js';
export type { AuthProxy, AuthProxyHandler, AuthProxyRequestContext } from './create-auth-proxy.js';
export { createAuthProxy } from './create-auth-proxy.js';
export type { MemoryStoreOptions } from './create-memory-store.js';
export { createMemoryStore } from './create-memory-store.js';
export type {
  AccountCeilingRule,
  RateLimitBucketOptions,
  RateLimitOptions,
  RateLimitRule,
} from './create-rate-limiter.js';
export { defaultRateLimits } from './create-rate-limiter.js';
export type { RedisStoreClient, RedisStoreOptions } from './create-redis-store.js';
export { createRedisStore } from './create-redis-store.js';
export type { HeaderReader, ServerSession, SessionSource } from './get-session.js';
export { proxyErrorMessages, proxyErrorStatuses } from './proxy-error-messages.js';
export type { ProxyLogEntry, ProxyLogger } from './proxy-logger.js';
export { jsonLineLogger } from './proxy-logger.js';
export type { ProxyStore } from './proxy-store.js';
export type { NodeRequestHandler } from './to-node-handler.js';
export { toNodeHandler } from './to-node-handler.js';
