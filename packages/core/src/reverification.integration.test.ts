import { seededAccounts } from '@authflow-ui/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { createReverificationController } from './reverification.js';
import { rejection, useProxyPageHarness } from './test-support/proxy-page-harness.js';
import { type RunningProxy, startProxy } from './test-support/start-proxied-mock.js';

// The re-authentication prompt's logic against the real proxy in front of the real mock.

const h = useProxyPageHarness();
const { member, mfa } = seededAccounts;

let proxy: RunningProxy | undefined;
let offset = 0;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  offset = 0;
});

/** A page signed in to a proxy whose clock then passes the ten-minute window. */
async function signedInLongAgo(account: { email: string; password: string }): Promise<AuthClient> {
  proxy = await startProxy(h.mock(), { rateLimit: false, now: () => Date.now() + offset });
  const { client, result } = await h.signInWithPassword(account, { baseUrl: proxy.baseUrl });
  if (result.type === 'mfa')
    await client.mfa.verifyRecoveryCode(result.challenge, h.secret(mfa.recoveryCodes[0] ?? ''));
  offset = 10 * 60_000 + 1;
  return client;
}

/** Resolves once the controller's state satisfies `accept`. */
function until(
  controller: ReturnType<typeof createReverificationController>,
  accept: (status: string) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    if (accept(controller.getState().status)) resolve();
    const stop = controller.subscribe(() => {
      if (!accept(controller.getState().status)) return;
      stop();
      resolve();
    });
  });
}

describe('given a sensitive action after the re-authentication window', () => {
  it('asks for the password, keeps the prompt after a wrong one, then retries the action once and resolves', async () => {
    const client = await signedInLongAgo(member);
    const controller = createReverificationController(client);
    let attempts = 0;
    const action = controller.run(async () => {
      attempts += 1;
      return client.sessions.revokeOthers();
    });
    await until(controller, (status) => status === 'password');

    await controller.submitPassword(h.secret('Wrong123!'));
    expect(controller.getState()).toMatchObject({
      status: 'password',
      phase: 'ready',
      error: { code: 'invalid_credentials' },
    });
    await controller.submitPassword(h.secret(member.password));

    await expect(action).resolves.toEqual({ revoked: 0 });
    expect(attempts).toBe(2);
    expect(controller.getState()).toEqual({ status: 'closed' });
  });

  it('with two-factor sign-in on, moves to the second factor and finishes with an authenticator code', async () => {
    const client = await signedInLongAgo(mfa);
    const controller = createReverificationController(client);
    const action = controller.run(() => client.sessions.revokeOthers());
    await until(controller, (status) => status === 'password');
    await controller.submitPassword(h.secret(mfa.password));
    expect(controller.getState()).toMatchObject({
      status: 'secondFactor',
      method: 'totp',
      challenge: { email: mfa.email },
    });

    await controller.verifyCode('000000');
    expect(controller.getState()).toMatchObject({ status: 'secondFactor', error: { code: 'invalid_code' } });
    controller.toMethod('recovery');
    await controller.verifyCode(h.secret(mfa.recoveryCodes[1] ?? ''));
    await expect(action).resolves.toEqual({ revoked: 0 });
  });

  it('cancel rejects the waiting action with aborted and closes the prompt', async () => {
    const client = await signedInLongAgo(member);
    const controller = createReverificationController(client);
    const action = controller.run(() => client.sessions.revokeOthers());
    await until(controller, (status) => status === 'password');
    controller.cancel();
    expect((await rejection(action)).code).toBe('aborted');
    expect(controller.getState()).toEqual({ status: 'closed' });
    expect(client.session.getState().status).toBe('signedIn');
  });

  it('passes other failures straight through without opening the prompt', async () => {
    const client = await signedInLongAgo(member);
    const controller = createReverificationController(client);
    offset = 0;
    const failure = await rejection(controller.run(() => client.sessions.revoke('no-such-session')));
    expect(failure.code).toBe('not_found');
    expect(controller.getState()).toEqual({ status: 'closed' });
  });
});
