import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createMemoryStore } from '../create-memory-store.js';
import { createRedisStore } from '../create-redis-store.js';
import type { ProxyStore } from '../proxy-store.js';
import { findRedisServer, type RunningRedis, startRedisServer } from './start-redis-server.js';

export interface StoreKind {
  name: 'memory' | 'redis';
  /** A store of its own for one test: a fresh memory store, or a fresh key prefix in the shared Redis. */
  create(): ProxyStore;
}

const binary = findRedisServer();

/** False where redis-server is missing outside CI; CI installs it (.ci/run), so there it must run. */
export const redisAvailable = binary !== null || process.env.CI === 'true';

/**
 * The stores a suite about stored state runs on: memory, and a real redis-server on 127.0.0.1
 * started for the file (the hooks are registered by this call, at the top of a test file).
 */
export function storeKinds(): StoreKind[] {
  let redis: RunningRedis | undefined;
  let client: Redis | undefined;
  if (redisAvailable) {
    beforeAll(async () => {
      if (binary === null) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
      redis = await startRedisServer(binary);
      client = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: true, maxRetriesPerRequest: 1 });
      await client.connect();
    });
    afterAll(async () => {
      await client?.quit();
      await redis?.stop();
    });
  }
  const memory: StoreKind = { name: 'memory', create: () => createMemoryStore() };
  const inRedis: StoreKind = {
    name: 'redis',
    create: () => {
      if (client === undefined) throw new Error('Redis is only available inside tests');
      return createRedisStore(client, { keyPrefix: `test-${randomUUID()}:` });
    },
  };
  return redisAvailable ? [memory, inRedis] : [memory];
}
