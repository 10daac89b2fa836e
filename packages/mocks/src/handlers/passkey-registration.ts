import { isPasskeyRegistrationResponse, serverMessages } from '@authflow-ui/contract';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import type { HttpHandler } from 'msw';
import { mockLifetimes } from '../constants.js';
import type { MockContext } from '../mock-context.js';
import type { PasskeySettings } from '../passkey-settings.js';
import { checkPasskeyName } from '../passkeys/passkey-name.js';
import { rememberPasskeyChallenge } from '../passkeys/remember-passkey-challenge.js';
import { takePasskeyChallenge } from '../passkeys/take-passkey-challenge.js';
import { toPasskey } from '../passkeys/to-passkey.js';
import { errorResponse, successResponse } from '../responses.js';
import { defineRoute } from './define-route.js';
import { requireSession } from './require-session.js';

/** `passkeys/register/options` and `passkeys/register/verify`: adding a passkey to a signed-in account. */
export function passkeyRegistrationHandlers(context: MockContext, settings: PasskeySettings): HttpHandler[] {
  const { store } = context;

  const isRegisteredAnywhere = (credentialId: string) =>
    [...store.accounts.values()].some((account) =>
      account.passkeys.some((passkey) => passkey.id === credentialId),
    );

  return [
    defineRoute(context, 'passkeyRegistrationOptions', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const { account } = session;
      const options = await generateRegistrationOptions({
        rpName: settings.rpName,
        rpID: settings.rpId,
        userName: account.email,
        userID: isoBase64URL.toBuffer(account.passkeyUserId),
        userDisplayName: account.fullname,
        timeout: mockLifetimes.passkeyChallengeMs,
        attestationType: 'none',
        // The browser refuses an authenticator that already holds one of these (InvalidStateError).
        excludeCredentials: account.passkeys.map(({ id, transports }) => ({ id, transports })),
        // Discoverable, so usernameless sign-in finds it; verified, because a passkey sign-in
        // stands for both factors.
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      rememberPasskeyChallenge(context, options.challenge, {
        purpose: 'registration',
        email: account.email,
        role: account.role,
      });
      return successResponse('passkeyRegistrationOptions', options);
    }),

    defineRoute(context, 'verifyPasskeyRegistration', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const { account } = session;
      const { response } = parameters;
      if (!isPasskeyRegistrationResponse(response)) {
        return errorResponse(route, 400, serverMessages.invalidPasskeyResponse);
      }
      // The name is optional: a blank one, like none, gets the passkey's place in the list.
      const given = parameters.name?.trim() ?? '';
      const name = checkPasskeyName(given === '' ? `Passkey ${account.passkeys.length + 1}` : given);
      if (name.status === 'rejected') return errorResponse(route, 400, serverMessages.invalidPasskeyName);

      const challenge = takePasskeyChallenge(context, response.response.clientDataJSON, 'registration');
      if (challenge === null || challenge.email !== account.email || challenge.role !== account.role) {
        return errorResponse(route, 401, serverMessages.passkeyChallengeInvalid);
      }
      let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
      try {
        verification = await verifyRegistrationResponse({
          response,
          expectedChallenge: challenge.challenge,
          expectedOrigin: [...settings.origins],
          expectedRPID: settings.rpId,
          requireUserVerification: true,
        });
      } catch {
        return errorResponse(route, 401, serverMessages.passkeyRejected);
      }
      if (!verification.verified) return errorResponse(route, 401, serverMessages.passkeyRejected);

      const { credential, credentialBackedUp } = verification.registrationInfo;
      if (isRegisteredAnywhere(credential.id)) return errorResponse(route, 409, serverMessages.passkeyExists);
      const stored = {
        id: credential.id,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: response.response.transports ?? [],
        name: name.name,
        createdAt: context.now(),
        lastUsedAt: null,
        backedUp: credentialBackedUp,
      };
      account.passkeys.push(stored);
      return successResponse('verifyPasskeyRegistration', { passkey: toPasskey(stored) });
    }),
  ];
}
