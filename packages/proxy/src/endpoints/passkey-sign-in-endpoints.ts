import { errorAnswer, jsonAnswer } from '../proxy-answers.js';
import { establishSession, failureAnswer, normalizeEmail } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';
import { passkeysUnavailable } from './passkey-availability.js';
import { bindPasskeyChallenge, signedChallenge, takePasskeyChallenge } from './passkey-challenges.js';

/**
 * Options for a passkey sign-in, with the proxy's key and role. With an email, AuthFlow offers
 * that account's passkeys (and answers an unknown address like an account without any); without
 * one, any discoverable passkey of the site. The challenge is bound to this browser's cookie.
 */
export const handlePasskeySignInOptions: EndpointHandler<'passkeySignInOptions'> = async ({
  body,
  context,
  stored,
}) => {
  const unavailable = await passkeysUnavailable(context);
  if (unavailable !== null) return unavailable;
  const { apiKey, role } = context.options;
  const email = normalizeEmail(body.email ?? '');
  const result = await context.upstream.call('passkeyLoginOptions', {
    api_key: apiKey,
    role,
    ...(email === '' ? {} : { email }),
  });
  if (result.outcome === 'failed') return failureAnswer(result.failure);
  const cookies = await bindPasskeyChallenge(context, stored, result.body.challenge);
  return jsonAnswer(result.body, { cookies });
};

/**
 * Finishes a passkey sign-in. Only a challenge this browser's cookie asked for, and only once, is
 * passed to AuthFlow: an assertion taken from another browser, or replayed, stops here. The
 * session that follows is a password sign-in's: a new cookie id, the device index, and `twoFactor`
 * as AuthFlow's answer says (`'disabled'` when it does not say).
 */
export const handleVerifyPasskeySignIn: EndpointHandler<'verifyPasskeySignIn'> = async ({
  body,
  context,
  stored,
  clientAddress,
  client,
}) => {
  const unavailable = await passkeysUnavailable(context);
  if (unavailable !== null) return unavailable;
  const challenge = signedChallenge(body.response);
  if (challenge === null) return errorAnswer('invalid_request');
  if (!(await takePasskeyChallenge(context, stored, challenge))) {
    return errorAnswer('expired', { cookies: stored === null ? [context.vault.clearCookie] : [] });
  }
  const { apiKey, role } = context.options;
  const result = await context.upstream.call('verifyPasskeyLogin', {
    api_key: apiKey,
    role,
    response: body.response,
  });
  if (result.outcome === 'failed') return failureAnswer(result.failure);
  const twoFactor = result.body.twoFactor ?? 'disabled';
  const session = await establishSession(context, result.body.token, stored, twoFactor, client);
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, clientAddress);
  return jsonAnswer(session.answer, { cookies: [session.cookie] });
};
