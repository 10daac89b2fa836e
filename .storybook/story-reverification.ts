/*
 * Re-authentication for stories. Storybook has no proxy, so this does in the page what the proxy
 * does on the server: a fresh sign-in at the (in-page) mock with the signed-in user's email and the
 * typed password, second factor included, whose session is then signed out. The dialog and its
 * controller run unchanged on top of it.
 */
import {
  type AuthClient,
  AuthError,
  createAuthClient,
  type MfaChallenge,
  type Reauthenticated,
} from '../packages/core/src/index.js';
import { DEV_API_KEY, MOCK_BASE_PATH, type StoryAuth } from './story-auth.js';

export type StoryReauthentication = Pick<AuthClient, 'reauthenticate' | 'reauthentication'> & {
  /** True once the person proved who they are. */
  readonly proved: boolean;
};

const windowMs = 10 * 60_000;

export function reauthenticationAgainstMock(auth: StoryAuth): StoryReauthentication {
  const proof = createAuthClient({
    baseUrl: MOCK_BASE_PATH,
    apiKey: DEV_API_KEY,
    dangerouslyAllowBrowser: true,
    storage: 'memory',
    crossTabSync: false,
  });
  let challenge: MfaChallenge | null = null;
  let proved = false;

  const done = async (): Promise<Reauthenticated> => {
    await proof.signOut();
    challenge = null;
    proved = true;
    return { type: 'reauthenticated', validUntil: Date.now() + windowMs };
  };
  const pending = (): MfaChallenge => {
    if (challenge === null)
      throw new AuthError('expired', 'No re-authentication is waiting for a second factor');
    return challenge;
  };
  const email = (): string => {
    const state = auth.client.session.getState();
    if (state.status !== 'signedIn') throw new AuthError('session_expired', 'Nobody is signed in');
    return state.user.email;
  };

  return {
    get proved() {
      return proved;
    },
    reauthenticate: async ({ password }) => {
      const result = await proof.signIn({ email: email(), password });
      if (result.type === 'session') return done();
      challenge = result.challenge;
      return {
        type: 'mfa',
        challenge: {
          email: result.challenge.email,
          methods: result.challenge.methods,
          expiresAt: Date.now() + 300_000,
        },
      };
    },
    reauthentication: {
      verifyTotp: async (code) => {
        await proof.mfa.verifyTotp(pending(), code);
        return done();
      },
      sendEmailCode: (options) => proof.mfa.sendEmailCode(pending(), options),
      verifyEmailCode: async (code) => {
        await proof.mfa.verifyEmailCode(pending(), code);
        return done();
      },
      verifyRecoveryCode: async (code) => {
        await proof.mfa.verifyRecoveryCode(pending(), code);
        return done();
      },
    },
  };
}
