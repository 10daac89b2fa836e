import type { ProxyAuthFlowEndpointId, ReauthenticatedAnswer } from '@authflow-ui/contract';
import type { Reauthenticated } from './account-security.js';
import type { AccountSecurityTransport } from './account-security-transport.js';
import { normalizeRecoveryCode } from './normalize-recovery-code.js';
import { cleanOneTimeCode } from './one-time-code.js';
import type { ProxyPost } from './proxy-post.js';

const empty: Record<string, never> = {};

function reauthenticated(answer: ReauthenticatedAnswer): Reauthenticated {
  return { type: 'reauthenticated', validUntil: answer.validUntil };
}

/** Sessions and re-authentication over the proxy's `/sessions` and `/reauthenticate` endpoints. */
export function createProxyAccountSecurity(
  post: ProxyPost<ProxyAuthFlowEndpointId>,
): AccountSecurityTransport {
  return {
    listSessions: async (options) => (await post('sessions', empty, options)).sessions,
    revokeSession: async (id, options) => (await post('revokeSession', { id }, options)).revoked,
    revokeOtherSessions: async (options) => (await post('revokeOtherSessions', empty, options)).revoked,
    reauthenticate: async (password, options) => {
      const answer = await post('reauthenticate', { password }, options);
      switch (answer.status) {
        case 'reauthenticated':
          return reauthenticated(answer);
        case 'mfa':
          return {
            type: 'mfa',
            challenge: {
              email: answer.challenge.email,
              methods: answer.challenge.methods,
              expiresAt: answer.challenge.expiresAt,
            },
          };
        default:
          return answer satisfies never;
      }
    },
    sendReauthenticationEmailCode: async (options) => {
      await post('reauthenticateSendEmailCode', empty, options);
    },
    verifyReauthentication: async (factor, code, options) => {
      switch (factor) {
        case 'totp':
          return reauthenticated(
            await post('reauthenticateVerifyTotp', { code: cleanOneTimeCode(code) }, options),
          );
        case 'email':
          return reauthenticated(
            await post('reauthenticateVerifyEmailCode', { code: cleanOneTimeCode(code) }, options),
          );
        case 'recovery':
          return reauthenticated(
            await post('reauthenticateVerifyRecoveryCode', { code: normalizeRecoveryCode(code) }, options),
          );
        default:
          return factor satisfies never;
      }
    },
  };
}
