import { describe, expect, it } from 'vitest';
import { serverMessages } from './errors.js';
import { unauthorizedMessageCode } from './unauthorized-message-code.js';

describe('given a 401 message from AuthFlow', () => {
  it.each([
    [serverMessages.invalidApiKey, 'configuration'],
    [serverMessages.incorrectPassword, 'invalid_credentials'],
    [serverMessages.invalidSession, 'session_expired'],
    [serverMessages.tempTokenExpired, 'expired'],
    [serverMessages.fooBarExpired, 'expired'],
    [serverMessages.invalidRecoveryCode, 'invalid_code'],
  ] as const)('"%s" means %s', (message, code) => {
    expect(unauthorizedMessageCode(message)).toBe(code);
  });

  it('matches on the leading words, so a message with details appended still counts', () => {
    expect(unauthorizedMessageCode(`${serverMessages.invalidTotpCode}: try again`)).toBe('invalid_code');
  });

  it('gives null for a missing or unknown message', () => {
    expect(unauthorizedMessageCode(null)).toBeNull();
    expect(unauthorizedMessageCode(undefined)).toBeNull();
    expect(unauthorizedMessageCode('Something else')).toBeNull();
  });
});
