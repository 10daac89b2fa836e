import type { AuthClient } from '@authflow-ui/core';
import { totpCode } from './totp-code.js';

interface Account {
  email: string;
  password: string;
  totpSecret?: string;
}

/** Signs `client` in as `account` through the real flow, answering a 2FA challenge with a real code. */
export async function signInAs(client: AuthClient, account: Account): Promise<void> {
  const result = await client.signIn({ email: account.email, password: account.password });
  if (result.type === 'session') return;
  if (!account.totpSecret) throw new Error(`signInAs: ${account.email} needs a TOTP secret`);
  await client.mfa.verifyTotp(result.challenge, totpCode(account.totpSecret));
}
