import { Redis } from 'ioredis';
import { createRedisStore } from '../create-redis-store.js';
import type { ProxyStore } from '../proxy-store.js';
import { findRedisServer, type RunningRedis, startRedisServer } from './start-redis-server.js';

/** A store for one test file: `store` is `undefined` for the proxy's own default memory store. */
export interface TestStore {
  store: ProxyStore | undefined;
  /** Empties the store between tests. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export interface TestStoreKind {
  name: string;
  /** True when this machine cannot run it (no `redis-server` outside CI). */
  unavailable: boolean;
  start(): Promise<TestStore>;
}

const redisBinary = findRedisServer();

/** The two stores every account-security test runs on: memory and a real `redis-server`. */
export const testStores: readonly TestStoreKind[] = [
  {
    name: 'the memory store',
    unavailable: false,
    start: async () => ({ store: undefined, clear: async () => {}, close: async () => {} }),
  },
  {
    name: 'a real Redis store',
    // CI installs redis-server (.ci/run): there a missing binary fails instead of skipping.
    unavailable: redisBinary === null && process.env.CI !== 'true',
    start: async () => {
      if (redisBinary === null)
        throw new Error('redis-server is not installed (apt-get install -y redis-server)');
      const redis: RunningRedis = await startRedisServer(redisBinary);
      const client = new Redis({
        host: '127.0.0.1',
        port: redis.port,
        lazyConnect: true,
        maxRetriesPerRequest: 1,
      });
      await client.connect();
      return {
        store: createRedisStore(client),
        clear: async () => {
          await client.flushall();
        },
        close: async () => {
          await client.quit();
          await redis.stop();
        },
      };
    },
  },
];
