import { describe, expect, it } from 'vitest';
import { classifyAuthFlowFailure } from './classify-auth-flow-failure.js';
import { enumerationSafeCode } from './enumeration-safe-code.js';
import { serverMessages } from './errors.js';

describe('given a sign-in answer a browser will see', () => {
  it('reads an unknown user, a wrong password, a refused account and an unknown route alike', () => {
    const unknownUser = classifyAuthFlowFailure('login', 404, serverMessages.userNotFound);
    expect(unknownUser).toBe('user_not_found');
    expect(enumerationSafeCode('login', unknownUser)).toBe('invalid_credentials');
    expect(enumerationSafeCode('login', 'invalid_credentials')).toBe('invalid_credentials');
    expect(enumerationSafeCode('login', 'forbidden')).toBe('invalid_credentials');
    expect(enumerationSafeCode('login', 'not_found')).toBe('invalid_credentials');
  });

  it('keeps what is not about the account: a rate limit, a fault, a configuration error', () => {
    expect(enumerationSafeCode('login', 'rate_limited')).toBe('rate_limited');
    expect(enumerationSafeCode('login', 'server')).toBe('server');
    expect(enumerationSafeCode('login', 'configuration')).toBe('configuration');
  });
});

describe('given an answer to a signed-in person', () => {
  it('keeps user_not_found: the person already knows their own account', () => {
    expect(enumerationSafeCode('deleteUser', 'user_not_found')).toBe('user_not_found');
    expect(enumerationSafeCode('me', 'user_not_found')).toBe('user_not_found');
  });
});
