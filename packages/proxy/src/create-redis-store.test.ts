import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStoreClient } from './create-redis-store.js';
import { findRedisServer, type RunningRedis, startRedisServer } from './test-support/start-redis-server.js';

const binary = findRedisServer();
const title =
  binary === null
    ? 'given no redis-server binary (SKIPPED: install redis-server to run these)'
    : 'given a real redis-server';

// CI installs redis-server (.ci/run): there a missing binary fails instead of skipping.
describe.skipIf(binary === null && process.env.CI !== 'true')(title, () => {
  let redis: RunningRedis;
  let client: Redis;

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

  it('accepts an ioredis client as it is', () => {
    const fits: RedisStoreClient = client;
    expect(fits).toBe(client);
  });

  it('stores, reads and deletes values under its key prefix', async () => {
    const store = createRedisStore(client, { keyPrefix: 'test-a:' });
    await store.set('session:1', '{"kind":"signedIn"}', 60_000);
    expect(await store.get('session:1')).toBe('{"kind":"signedIn"}');
    expect(await client.get('test-a:session:1')).toBe('{"kind":"signedIn"}');
    await store.delete('session:1');
    expect(await store.get('session:1')).toBeUndefined();
  });

  it('lets a value expire after its time to live', async () => {
    const store = createRedisStore(client, { keyPrefix: 'test-b:' });
    await store.set('pending', 'value', 50);
    expect(await client.pttl('test-b:pending')).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await store.get('pending')).toBeUndefined();
  });

  it('counts within one window that later increments do not extend', async () => {
    const store = createRedisStore(client, { keyPrefix: 'test-c:' });
    const first = await store.increment('rate', 60_000);
    expect(first.count).toBe(1);
    expect(first.resetInMs).toBeGreaterThan(59_000);
    await client.pexpire('test-c:rate', 10_000);
    const second = await store.increment('rate', 60_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeLessThanOrEqual(10_000);
  });

  it('shares counters between two stores on the same database, as two proxy processes would', async () => {
    const one = createRedisStore(client, { keyPrefix: 'test-d:' });
    const other = createRedisStore(client, { keyPrefix: 'test-d:' });
    await one.increment('rate', 60_000);
    expect((await other.increment('rate', 60_000)).count).toBe(2);
  });

  it('keeps sets atomically, and a later add never shortens their life', async () => {
    const store = createRedisStore(client, { keyPrefix: 'test-sets:' });
    await Promise.all(['a', 'b', 'c'].map((member) => store.addToSet('account', member, 60_000)));
    await store.addToSet('account', 'd', 1);
    expect((await store.setMembers('account')).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(await client.pttl('test-sets:account')).toBeGreaterThan(50_000);
    await store.removeFromSet('account', 'b');
    expect((await store.setMembers('account')).sort()).toEqual(['a', 'c', 'd']);
    expect(await store.setMembers('missing')).toEqual([]);
  });
});
