import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthProxyOptions } from './auth-proxy-options.js';
import {
  type MockServer,
  type ProxiedMock,
  startMock,
  startProxy,
} from './test-support/start-proxied-mock.js';
import { storeKinds } from './test-support/store-kinds.js';

// Finding 2 and 3 of the attack pass (issue 18): an attacker's failures must not lock the owner
// out, and anonymous reset requests must not spend the owner's second-factor email.

// A dozen sign-ins per test through two real servers: more than the default 5 s on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

const kinds = storeKinds();
let mock: MockServer;
const running: ProxiedMock[] = [];

beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
});
afterEach(async () => {
  for (const proxied of running.splice(0)) await proxied.close();
  mock.mock.reset();
});

const ownerAddress = '198.51.100.7';

describe.each(kinds)('given proxies sharing the $name store', (kind) => {
  /** One proxy per client address, all sharing one store, as several app servers would. */
  async function proxiesFor(options: Partial<AuthProxyOptions> = {}) {
    const store = kind.create();
    const at = async (address: () => string) => {
      // The timing floor is tested on its own; here it would only make the attacks slow.
      const proxied = await startProxy(mock, {
        store,
        clientAddress: address,
        minimumFailureMs: 0,
        ...options,
      });
      running.push(proxied);
      return proxied;
    };
    let next = 0;
    return {
      owner: await at(() => ownerAddress),
      attacker: await at(() => '203.0.113.9'),
      /** Every request from another address, as a botnet would send them. */
      botnet: await at(() => {
        next += 1;
        return `192.0.2.${next}`;
      }),
    };
  }

  it('lets the owner sign in from their address while the attacker’s address is limited', async () => {
    const { member } = mock.mock.seeded;
    const { owner, attacker } = await proxiesFor();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      statuses.push(
        (await attacker.browser().post('signIn', { email: member.email, password: 'Wrong123!' })).status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);

    const signedIn = await owner.browser().post('signIn', { email: member.email, password: member.password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ type: 'session' });
  });

  it('slows strangers past the account ceiling, but not the address the owner signed in from', async () => {
    const { member } = mock.mock.seeded;
    const { owner, botnet } = await proxiesFor({
      rateLimit: {
        signIn: { accountCeiling: { max: 3, windowMs: 600_000, firstDelayMs: 60_000, maxDelayMs: 600_000 } },
      },
    });
    const earlier = owner.browser();
    await earlier.post('signIn', { email: member.email, password: member.password });
    await earlier.post('signOut');

    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(
        (await botnet.browser().post('signIn', { email: member.email, password: 'Wrong123!' })).status,
      );
    }
    // The owner's own first sign-in counted too: it came before the address was proven.
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);

    const later = await owner.browser().post('signIn', { email: member.email, password: member.password });
    expect(later.status).toBe(200);
  });

  it('still mails the owner a sign-in code after six anonymous reset requests for their address', async () => {
    const { mfa } = mock.mock.seeded;
    const { owner, attacker } = await proxiesFor();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await attacker.browser().post('forgotPassword', { email: mfa.email });
    }
    const browser = owner.browser();
    await browser.post('signIn', { email: mfa.email, password: mfa.password });
    const before = mock.mock.outbox.messages(mfa.email).length;
    const sent = await browser.post('sendEmailCode');
    expect(sent.status).toBe(200);
    expect(mock.mock.outbox.messages(mfa.email)).toHaveLength(before + 1);
  });
});
