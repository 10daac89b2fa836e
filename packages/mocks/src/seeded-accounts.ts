import { DEFAULT_ROLE, MOCK_ORG_ID } from './constants.js';

export interface SeededAccount {
  readonly email: string;
  readonly password: string;
  readonly fullname: string;
  readonly role: string;
}

export interface SeededTwoFactorAccount extends SeededAccount {
  /** Base32 TOTP secret: add it to any authenticator app, or generate codes with otpauth. */
  readonly totpSecret: string;
  /** The ten single-use recovery codes the account starts with after every `reset()`. */
  readonly recoveryCodes: readonly string[];
}

/** The accounts `createMockAuthFlow()` starts with (unless `seed: false`), all in one organization. */
export interface SeededAccounts {
  readonly orgId: string;
  /** The organization owner: the only account allowed to call `deleteUser`. */
  readonly owner: SeededAccount;
  readonly member: SeededAccount;
  /** A member with TOTP two-factor authentication enabled. */
  readonly mfa: SeededTwoFactorAccount;
}

export const seededAccounts: SeededAccounts = {
  orgId: MOCK_ORG_ID,
  owner: {
    email: 'owner@example.com',
    password: 'OwnerPass123!',
    fullname: 'Olivia Owner',
    role: DEFAULT_ROLE,
  },
  member: {
    email: 'member@example.com',
    password: 'MemberPass123!',
    fullname: 'Max Member',
    role: DEFAULT_ROLE,
  },
  mfa: {
    email: 'mfa@example.com',
    password: 'MfaPass123!',
    fullname: 'Mira Mfa',
    role: DEFAULT_ROLE,
    totpSecret: 'JBSWY3DPEHPK3PXP',
    recoveryCodes: [
      'Q3M7X2KD',
      'T8VNR4LA',
      'H5ZC9PWE',
      'B2J6YFQ8',
      'N7K4DMXR',
      'W9E3UTGC',
      'F6R8LBZA',
      'P4X2HNVS',
      'Y7G5QKCM',
      'D3T9JWRE',
    ],
  },
};
