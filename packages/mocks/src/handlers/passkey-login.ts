import '../passkeys/install-reflect-metadata.js';
import { isPasskeyAuthenticationResponse, serverMessages } from '@authflow-ui/contract';
import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { HttpHandler } from 'msw';
import { mockLifetimes } from '../constants.js';
import { type Account, accountKey, type StoredPasskey } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import type { PasskeySettings } from '../passkey-settings.js';
import { rememberPasskeyChallenge } from '../passkeys/remember-passkey-challenge.js';
import { takePasskeyChallenge } from '../passkeys/take-passkey-challenge.js';
import { errorResponse, successResponse } from '../responses.js';
import { issueSessionToken } from '../tokens/session-tokens.js';
import { defineRoute } from './define-route.js';

interface PasskeyOwner {
  account: Account;
  passkey: StoredPasskey;
}

/** `passkeys/login/options` and `passkeys/login/verify`: signing in with a passkey instead of a password. */
export function passkeyLoginHandlers(context: MockContext, settings: PasskeySettings): HttpHandler[] {
  const { store } = context;

  const findOwner = (credentialId: string, role: string, email: string | null): PasskeyOwner | null => {
    for (const account of store.accounts.values()) {
      if (account.role !== role || (email !== null && account.email !== email)) continue;
      const passkey = account.passkeys.find((candidate) => candidate.id === credentialId);
      if (passkey !== undefined) return { account, passkey };
    }
    return null;
  };

  return [
    defineRoute(context, 'passkeyLoginOptions', async ({ parameters }) => {
      const email = parameters.email ?? null;
      // An unknown email gets the same answer as an account without passkeys, so the options
      // never say whether an account exists.
      const account = email === null ? undefined : store.findAccount(email, parameters.role);
      const options = await generateAuthenticationOptions({
        rpID: settings.rpId,
        allowCredentials: (account?.passkeys ?? []).map(({ id, transports }) => ({ id, transports })),
        userVerification: 'required',
        timeout: mockLifetimes.passkeyChallengeMs,
      });
      rememberPasskeyChallenge(context, options.challenge, {
        purpose: 'login',
        email,
        role: parameters.role,
      });
      return successResponse('passkeyLoginOptions', options);
    }),

    defineRoute(context, 'verifyPasskeyLogin', async ({ parameters, route }) => {
      const { response } = parameters;
      if (!isPasskeyAuthenticationResponse(response)) {
        return errorResponse(route, 400, serverMessages.invalidPasskeyResponse);
      }
      const challenge = takePasskeyChallenge(context, response.response.clientDataJSON, 'login');
      if (challenge === null || challenge.role !== parameters.role) {
        return errorResponse(route, 401, serverMessages.passkeyChallengeInvalid);
      }
      // Unknown credential, another account's credential (when the challenge named an email),
      // or a user handle that is not its owner's: all refused alike.
      const owner = findOwner(response.id, challenge.role, challenge.email);
      const userHandle = response.response.userHandle;
      if (owner === null || (userHandle !== undefined && userHandle !== owner.account.passkeyUserId)) {
        return errorResponse(route, 401, serverMessages.passkeyRejected);
      }
      const { account, passkey } = owner;
      let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
      try {
        // Throws on a counter that did not increase (a cloned authenticator), a foreign origin or
        // RP ID, a bad signature, or a missing user verification.
        verification = await verifyAuthenticationResponse({
          response,
          expectedChallenge: challenge.challenge,
          expectedOrigin: [...settings.origins],
          expectedRPID: settings.rpId,
          credential: { id: passkey.id, publicKey: passkey.publicKey, counter: passkey.counter },
          requireUserVerification: true,
        });
      } catch {
        return errorResponse(route, 401, serverMessages.passkeyRejected);
      }
      if (!verification.verified) return errorResponse(route, 401, serverMessages.passkeyRejected);
      passkey.counter = verification.authenticationInfo.newCounter;
      passkey.lastUsedAt = context.now();
      // A passkey is phishing-resistant and user-verified: both factors at once, no 2FA step. The
      // answer still says whether 2FA is on, which a bare token cannot (docs/passkeys.md).
      store.pendingLogins.delete(accountKey(account.email, account.role));
      return successResponse('verifyPasskeyLogin', {
        token: await issueSessionToken(context, account),
        twoFactor: account.twoFactor.status,
      });
    }),
  ];
}
