import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from './create-redis-store.js';
import {
  type MockServer,
  type ProxiedMock,
  startMock,
  startProxy,
} from './test-support/start-proxied-mock.js';
import { findRedisServer, type RunningRedis, startRedisServer } from './test-support/start-redis-server.js';

const binary = findRedisServer();
const title =
  binary === null
    ? 'given no redis-server binary (SKIPPED: install redis-server to run these)'
    : 'given two proxy processes sharing a real Redis';

// CI installs redis-server (.ci/run): there a missing binary fails instead of skipping.
describe.skipIf(binary === null && process.env.CI !== 'true')(title, () => {
  let redis: RunningRedis;
  let client: Redis;
  let mock: MockServer;
  let first: ProxiedMock;
  let second: ProxiedMock;

  beforeAll(async () => {
    if (binary === null) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
    redis = await startRedisServer(binary);
    client = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: true, maxRetriesPerRequest: 1 });
    await client.connect();
    mock = await startMock();
    const store = createRedisStore(client);
    first = await startProxy(mock, {
      store,
      rateLimit: { signIn: { perAccount: { max: 2, windowMs: 60_000 } } },
    });
    second = await startProxy(mock, {
      store,
      rateLimit: { signIn: { perAccount: { max: 2, windowMs: 60_000 } } },
    });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await mock?.close();
    await client?.quit();
    await redis?.stop();
  });

  it('a session started on one is served by the other, and ended by either', async () => {
    const { member } = mock.mock.seeded;
    const onFirst = first.browser();
    await onFirst.post('signIn', { email: member.email, password: member.password });
    const onSecond = second.browser();
    for (const [name, value] of onFirst.cookies) onSecond.cookies.set(name, value);
    expect((await onSecond.post('session')).body).toMatchObject({
      status: 'signedIn',
      user: { email: member.email },
    });
    await onSecond.post('signOut');
    expect((await onFirst.post('session')).body).toEqual({ status: 'signedOut' });
  });

  it('keeps no session id or email address in its Redis keys', async () => {
    const { member } = mock.mock.seeded;
    const browser = first.browser();
    await browser.post('signIn', { email: member.email, password: member.password });
    const keys = await client.keys('*');
    const id = [...browser.cookies.values()][0] ?? 'missing';
    expect(keys.join(' ')).not.toContain(id);
    expect(keys.join(' ')).not.toContain(member.email);
  });

  it('counts rate limits across both', async () => {
    const email = 'shared-limit@example.com';
    await first.browser().post('signIn', { email, password: 'Wrong123!' });
    await second.browser().post('signIn', { email, password: 'Wrong123!' });
    expect((await first.browser().post('signIn', { email, password: 'Wrong123!' })).status).toBe(429);
  });
});
