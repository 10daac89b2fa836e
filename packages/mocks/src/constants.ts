/** The development API key the mock accepts unless told otherwise, and the default everywhere in dev. */
export const DEV_API_KEY = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

/** Where the mock's handlers answer unless `baseUrl` says otherwise (also the bin's default port). */
export const DEFAULT_BASE_URL = 'http://localhost:4010';

/** Where reset links in the outbox point unless `appUrl` says otherwise (Vite's default dev origin). */
export const DEFAULT_APP_URL = 'http://localhost:5173';

/** The single organization every mock instance hosts. */
export const MOCK_ORG_ID = '00000000-0000-4000-8000-000000000001';

/** The contract's default role, used where a route makes `role` optional. */
export const DEFAULT_ROLE = 'user';

/**
 * How long each credential lives, in milliseconds of the mock's clock. The contract gives only the
 * fooBar lifetime (45 s) and "about 12 hours" for sessions; the rest are the mock's choices.
 */
export const mockLifetimes = {
  fooBarMs: 45_000,
  sessionMs: 12 * 60 * 60 * 1000,
  tempTokenMs: 5 * 60 * 1000,
  emailOtpMs: 10 * 60 * 1000,
  resetTokenMs: 60 * 60 * 1000,
  verificationTokenMs: 24 * 60 * 60 * 1000,
  /** What `docs/passkeys.md` asks of a backend: a passkey challenge lives 5 minutes. */
  passkeyChallengeMs: 5 * 60 * 1000,
} as const;

/** TOTP parameters every authenticator app understands; `window: 1` accepts the neighbouring steps. */
export const totpSettings = {
  issuer: 'AuthFlow',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  window: 1,
} as const;

/** How many recovery codes set-up and regeneration hand out. */
export const RECOVERY_CODE_COUNT = 10;
