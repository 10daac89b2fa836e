import type { ProxyStore } from './proxy-store.js';

/**
 * The few Redis commands the store uses. An `ioredis` client fits it as it is; so does any client
 * with the same method shapes.
 */
export interface RedisStoreClient {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number): Promise<unknown>;
  del(key: string): Promise<number>;
  eval(script: string, numberOfKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** Prepended to every key, so one Redis database can serve several apps. Default: `'authflow:'`. */
  keyPrefix?: string;
}

// One round trip and atomic: the window starts with the first increment and is never extended.
const incrementScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`;

// Atomic too: two proxies adding sessions of one account at once both land, and the set lives
// as long as its longest-lived member.
const addToSetScript = `
redis.call('SADD', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1
`;

const removeFromSetScript = `return redis.call('SREM', KEYS[1], ARGV[1])`;

const setMembersScript = `return redis.call('SMEMBERS', KEYS[1])`;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isCountAndTtl(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
  );
}

/**
 * A {@link ProxyStore} in Redis, shared by every proxy process that uses the same database.
 * `ioredis` is an optional peer dependency: pass your own connected client.
 *
 * @example
 * import Redis from 'ioredis';
 * const store = createRedisStore(new Redis(process.env.REDIS_URL));
 */
export function createRedisStore(client: RedisStoreClient, options: RedisStoreOptions = {}): ProxyStore {
  const prefix = options.keyPrefix ?? 'authflow:';
  return {
    async get(key) {
      return (await client.get(prefix + key)) ?? undefined;
    },
    async set(key, value, ttlMs) {
      await client.set(prefix + key, value, 'PX', Math.max(1, Math.ceil(ttlMs)));
    },
    async delete(key) {
      await client.del(prefix + key);
    },
    async increment(key, ttlMs) {
      const answer = await client.eval(incrementScript, 1, prefix + key, Math.max(1, Math.ceil(ttlMs)));
      if (!isCountAndTtl(answer)) throw new Error('Redis answered the rate-limit script unexpectedly.');
      const [count, resetInMs] = answer;
      return { count, resetInMs: resetInMs > 0 ? resetInMs : ttlMs };
    },
    // Through `eval` so the client interface stays the four commands it was.
    async addToSet(key, member, ttlMs) {
      await client.eval(addToSetScript, 1, prefix + key, member, Math.max(1, Math.ceil(ttlMs)));
    },
    async removeFromSet(key, member) {
      await client.eval(removeFromSetScript, 1, prefix + key, member);
    },
    async setMembers(key) {
      const answer = await client.eval(setMembersScript, 1, prefix + key);
      if (!isStringList(answer)) throw new Error('Redis answered the set-members script unexpectedly.');
      return answer;
    },
  };
}
