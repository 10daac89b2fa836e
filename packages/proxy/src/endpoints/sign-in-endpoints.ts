import type { AuthErrorCode, SignInAnswer } from '@authflow-ui/contract';
import { errorAnswer, jsonAnswer, type ProxyAnswer } from '../proxy-answers.js';
import type { PendingLoginRecord } from '../session-record.js';
import type { UpstreamFailure } from '../upstream-client.js';
import { establishSession, failureAnswer, normalizeEmail } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';
import { withFreshFooBar } from './with-fresh-foo-bar.js';

/** Causes that depend on the account; they all read as one "email or password is incorrect". */
const accountCauses: readonly AuthErrorCode[] = [
  'invalid_credentials',
  'user_not_found',
  'forbidden',
  'not_found',
];

/** A failed password check, with every account-dependent cause read as one. */
export function signInFailure(failure: UpstreamFailure): ProxyAnswer {
  return accountCauses.includes(failure.code) ? errorAnswer('invalid_credentials') : failureAnswer(failure);
}

/**
 * Sign-in in one browser round trip: `fooBar`, `login` and, with a session token, `me`. A
 * `requires2FA` answer becomes a pending sign-in kept here; the browser gets the methods only.
 */
export const handleSignIn: EndpointHandler<'signIn'> = async ({
  body,
  context,
  stored,
  clientAddress,
  client,
}) => {
  const email = normalizeEmail(body.email);
  const { apiKey, role, now, pendingLoginTtlMs } = context.options;
  const login = await withFreshFooBar(context, email, (foobar) =>
    context.upstream.call('login', { foobar, email, password: body.password, api_key: apiKey, role }),
  );
  if (login.outcome === 'failed') return signInFailure(login.failure);

  if ('requires2FA' in login.body) {
    const pending: PendingLoginRecord = {
      kind: 'pendingLogin',
      tempToken: login.body.tempToken,
      email: login.body.email,
      orgId: login.body.org_id,
      role: login.body.role,
      expiresAt: now() + pendingLoginTtlMs,
    };
    const { cookie } = await context.vault.start(pending, stored);
    const answer: SignInAnswer = {
      type: 'mfa',
      challenge: {
        email: pending.email,
        methods: ['totp', 'email', 'recovery'],
        expiresAt: pending.expiresAt,
      },
    };
    return jsonAnswer(answer, { cookies: [cookie] });
  }

  const session = await establishSession(context, login.body.token, stored, 'disabled', client);
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, clientAddress);
  const answer: SignInAnswer = { type: 'session', session: session.answer };
  return jsonAnswer(answer, { cookies: [session.cookie] });
};

/** Sign-up with the pinned role, then the same session as a sign-in. */
export const handleSignUp: EndpointHandler<'signUp'> = async ({
  body,
  context,
  stored,
  clientAddress,
  client,
}) => {
  const email = normalizeEmail(body.email);
  const { apiKey, role } = context.options;
  const signUp = await withFreshFooBar(context, email, (foobar) =>
    context.upstream.call('signUp', {
      foobar,
      email,
      password: body.password,
      fullname: body.fullname,
      role,
      api_key: apiKey,
      disclaimed: String(body.disclaimed ?? true),
    }),
  );
  if (signUp.outcome === 'failed') return failureAnswer(signUp.failure);
  const session = await establishSession(context, signUp.body.token, stored, 'disabled', client);
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, clientAddress);
  return jsonAnswer(session.answer, { cookies: [session.cookie] });
};
