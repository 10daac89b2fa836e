/** The three kinds of failed sign-in the proxy must not tell apart, one account each. */
export const timingAccounts = {
  unknownEmail: 'nobody@example.com',
  /** The mock's seeded member; the bench sends a wrong password. */
  wrongPassword: 'member@example.com',
  /**
   * Stands for an account that exists with another role than the proxy's. The mock keeps users
   * by email and role, so it answers as for an unknown email; only the delay differs.
   */
  wrongRole: 'staff@example.com',
} as const;

/**
 * Milliseconds added to the mock's answer, by AuthFlow route and email: sign-in as the attack
 * pass measured AuthFlow (6 ms unknown, 35 ms wrong password; 20 ms for another role, between
 * the two), and the two mail-sending routes slower when there is an account to mail.
 */
export const authflowDelays: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  login: {
    [timingAccounts.unknownEmail]: 6,
    [timingAccounts.wrongPassword]: 35,
    [timingAccounts.wrongRole]: 20,
  },
  'forgot-password': { [timingAccounts.unknownEmail]: 2, [timingAccounts.wrongPassword]: 25 },
  'resend-verify-email': { [timingAccounts.unknownEmail]: 2, [timingAccounts.wrongPassword]: 25 },
};
