import type { AuthClient } from '@authflow-ui/core';

interface Account {
  email: string;
  password: string;
  recoveryCodes: readonly string[];
}

/**
 * Signs `client` in `count` times with the first `count` of `account`'s recovery codes, as a
 * person would, so the account has only the rest left (each code works once).
 */
export async function spendRecoveryCodes(client: AuthClient, account: Account, count: number): Promise<void> {
  for (const recoveryCode of account.recoveryCodes.slice(0, count)) {
    const result = await client.signIn({ email: account.email, password: account.password });
    if (result.type !== 'mfa') throw new Error(`spendRecoveryCodes: ${account.email} got no challenge`);
    await client.mfa.verifyRecoveryCode(result.challenge, recoveryCode);
  }
}
