/**
 * The AuthFlow route table: every `/auth` route of the contract
 * (`shared/seeds/003_74e3a30e1fa316bc.txt`), with where each parameter travels, kept apart
 * from optional extension groups a deployment may add beyond AuthFlow's 20 routes.
 * Clients, mocks and the proxy all read this table, so a route is described once.
 */

export type HttpMethod = 'GET' | 'POST';

/** Where a parameter travels: the query string, the JSON body, or a header. */
export type ParameterLocation = 'query' | 'body' | 'header';

/** The four groups of AuthFlow's own routes, as its discovery document names them. */
export const authFlowRouteGroups = [
  'session',
  'passwordManagement',
  'emailVerification',
  'twoFactor',
] as const;
export type AuthFlowRouteGroup = (typeof authFlowRouteGroups)[number];

/**
 * Optional groups beyond AuthFlow's 20 routes. A backend that serves one lists it in its
 * discovery document next to the four `authProduct` groups; a client asks for it only then.
 * `passkeys`: WebAuthn sign-in and registration (`docs/passkeys.md`).
 */
export const extensionRouteGroups = ['passkeys'] as const;
export type ExtensionRouteGroup = (typeof extensionRouteGroups)[number];

export type RouteGroup = AuthFlowRouteGroup | ExtensionRouteGroup;

/**
 * What a parameter's value is. AuthFlow's own routes carry strings only; an extension route may
 * carry a JSON object in its body (a WebAuthn credential, for example).
 */
export type ParameterValueType = 'string' | 'object';

export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly type: ParameterValueType;
  readonly required: boolean;
  readonly description: string;
}

export interface RouteSpec {
  readonly group: RouteGroup;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly parameters: readonly ParameterSpec[];
  /** Statuses the contract documents, or that its integration checklist says to handle. */
  readonly statuses: readonly number[];
  /** `json` for JSON answers; `html` where the contract answers with a page. */
  readonly responseBody: 'json' | 'html';
}

const query = (name: string, description: string, required = true): ParameterSpec => ({
  name,
  in: 'query',
  type: 'string',
  required,
  description,
});

const body = (name: string, description: string, required = true): ParameterSpec => ({
  name,
  in: 'body',
  type: 'string',
  required,
  description,
});

const objectBody = (name: string, description: string): ParameterSpec => ({
  name,
  in: 'body',
  type: 'object',
  required: true,
  description,
});

const sessionBody = [
  body('sessionToken', 'Current session token.'),
  body('email', 'Auth-user email.'),
  body('org_id', 'Organization UUID.'),
  body('role', 'Auth-user role.'),
] as const;

const pendingLoginBody = [
  body('email', 'Auth-user email.'),
  body('org_id', 'Organization UUID.'),
  body('role', 'Auth-user role.'),
] as const;

/** AuthFlow's own 20 routes, in contract order. */
export const authFlowRoutes = {
  fooBar: {
    group: 'session',
    method: 'GET',
    path: '/auth/fooBar',
    summary: 'Generate a short-lived anti-abuse token before sign-up or login.',
    parameters: [
      query('identity', 'Email address for the auth user.'),
      query('api_key', 'Organization API key.'),
      query('role', 'RBAC role to encode into the temporary token. Defaults to user.', false),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  signUp: {
    group: 'session',
    method: 'GET',
    path: '/auth/signUp',
    summary: 'Create a new authentication user inside the owner organization.',
    parameters: [
      query('foobar', 'Temporary anti-abuse token returned by /auth/fooBar.'),
      query('email', 'User email address.'),
      query('password', 'Password matching the contract password rule.'),
      query('fullname', 'Full name for the auth user.'),
      query('role', 'RBAC role for the user inside your application.'),
      query('api_key', 'Organization API key.'),
      query('disclaimed', 'Boolean-like value stored with the user record.'),
    ],
    statuses: [200, 400, 401, 409, 500],
    responseBody: 'json',
  },
  login: {
    group: 'session',
    method: 'GET',
    path: '/auth/login',
    summary: 'Authenticate an auth user and return either a session token or a 2FA challenge.',
    parameters: [
      query('foobar', 'Temporary anti-abuse token returned by /auth/fooBar.'),
      query('email', 'User email address.'),
      query('password', 'User password.'),
      query('api_key', 'Organization API key.'),
      query('role', 'User role for RBAC login.'),
    ],
    statuses: [200, 400, 401, 404, 500],
    responseBody: 'json',
  },
  validate: {
    group: 'session',
    method: 'GET',
    path: '/auth/validate',
    summary: 'Validate a session token for an auth user.',
    parameters: [query('sessionToken', 'RS512 JWT session token.'), query('email', 'User email address.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  me: {
    group: 'session',
    method: 'GET',
    path: '/auth/me',
    summary: 'Return the current auth-user profile for a valid session.',
    parameters: [query('sessionToken', 'RS512 JWT session token.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  logout: {
    group: 'session',
    method: 'GET',
    path: '/auth/logout',
    summary: 'Log out the current auth user.',
    parameters: [query('sessionToken', 'RS512 JWT session token.'), query('email', 'User email address.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  deleteUser: {
    group: 'session',
    method: 'POST',
    path: '/auth/deleteUser',
    summary: 'Delete a non-owner auth user in your organization (organization owner only).',
    parameters: [
      {
        name: 'Authorization',
        in: 'header',
        type: 'string',
        required: true,
        description: 'Bearer <sessionToken> of the authenticated organization owner.',
      },
      body('email_owner', 'Owner email. Must match the token identity.'),
      body('org_id', 'Organization UUID. Must match the token organization.'),
      body('user_email', 'Email of the user to delete.'),
    ],
    statuses: [200, 400, 401, 403, 404, 500],
    responseBody: 'json',
  },
  forgotPassword: {
    group: 'passwordManagement',
    method: 'POST',
    path: '/auth/forgot-password',
    summary: 'Request a password-reset email for an auth user (enumeration-safe response).',
    parameters: [
      body('email', 'Auth-user email address.'),
      body('api_key', 'Organization API key.'),
      body('role', 'Auth-user role. Defaults to user.', false),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  resetPassword: {
    group: 'passwordManagement',
    method: 'POST',
    path: '/auth/reset-password',
    summary: 'Reset an auth-user password with a valid reset token.',
    parameters: [
      body('token', 'Password-reset token from the email link.'),
      body('newPassword', 'New password matching the contract password rule.'),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  changePassword: {
    group: 'passwordManagement',
    method: 'GET',
    path: '/auth/changePassword',
    summary: 'Change the authenticated auth-user password.',
    parameters: [
      query('sessionToken', 'Current RS512 JWT session token.'),
      query('email', 'Email encoded in the session token.'),
      query('oldPassword', 'Current password for confirmation.'),
      query('newPassword', 'Replacement password matching the contract password rule.'),
    ],
    statuses: [200, 400, 401, 404, 500],
    responseBody: 'json',
  },
  verifyEmail: {
    group: 'emailVerification',
    method: 'GET',
    path: '/auth/verify-email',
    summary: 'Verify an auth-user email using the token delivered by AuthFlow email.',
    parameters: [query('token', 'Verification token from the email verification link.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'html',
  },
  resendVerifyEmail: {
    group: 'emailVerification',
    method: 'GET',
    path: '/auth/resend-verify-email',
    summary: 'Resend the auth-user verification email when the account is not yet verified.',
    parameters: [
      query('foobar', 'Temporary token returned by /auth/fooBar.'),
      query('email', 'Auth-user email address.'),
      query('api_key', 'Organization API key.'),
      query('role', 'Auth-user role. Defaults to user.', false),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  enableTwoFactor: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/enable',
    summary: 'Generate a TOTP secret and QR code for an auth user.',
    parameters: [...sessionBody],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  verifyTwoFactorSetup: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/verify-setup',
    summary: 'Verify the initial TOTP code and enable 2FA.',
    parameters: [
      ...sessionBody,
      body('totpCode', 'Six-digit code from the authenticator app.'),
      body('secret', 'TOTP secret returned by /auth/2fa/enable.'),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  disableTwoFactor: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/disable',
    summary: 'Disable TOTP 2FA for an auth user.',
    parameters: [...sessionBody, body('password', 'Current password.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  verifyTwoFactor: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/verify-2fa',
    summary: 'Exchange a login tempToken and TOTP code for a session token.',
    parameters: [
      body('tempToken', 'tempToken returned by /auth/login when 2FA is enabled.'),
      ...pendingLoginBody,
      body('totpCode', 'Six-digit authenticator code.'),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  sendBackupEmail: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/backup/email',
    summary: 'Send a backup email OTP using a login tempToken.',
    parameters: [body('tempToken', 'tempToken returned by /auth/login.'), ...pendingLoginBody],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  verifyEmailOtp: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/verify-email-otp',
    summary: 'Exchange an emailed OTP for a session token.',
    parameters: [...pendingLoginBody, body('emailOTP', 'Six-digit code delivered by email.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  regenerateRecoveryCodes: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/recovery-codes',
    summary: 'Regenerate recovery codes for an auth user.',
    parameters: [...sessionBody, body('password', 'Current password.')],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  verifyRecoveryCode: {
    group: 'twoFactor',
    method: 'POST',
    path: '/auth/2fa/verify-recovery',
    summary: 'Exchange a recovery code for a session token.',
    parameters: [
      ...pendingLoginBody,
      body('recoveryCode', 'One of the 8-character recovery codes previously returned.'),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
} as const satisfies Record<string, RouteSpec>;

/**
 * The routes of the extension groups, each tagged with its group. `passkeys` follows the
 * two-factor routes' style: JSON POSTs, the signed-in ones repeating the session's identity.
 */
export const extensionRoutes = {
  passkeyRegistrationOptions: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/register/options',
    summary: 'Start registering a passkey: WebAuthn creation options with a fresh challenge.',
    parameters: [...sessionBody],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  verifyPasskeyRegistration: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/register/verify',
    summary: 'Verify the new credential against the challenge and save it as a passkey.',
    parameters: [
      ...sessionBody,
      objectBody('response', 'RegistrationResponseJSON from the browser.'),
      body('name', 'A name for the passkey, shown in the list.', false),
    ],
    statuses: [200, 400, 401, 409, 500],
    responseBody: 'json',
  },
  listPasskeys: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/list',
    summary: 'List the passkeys of the signed-in auth user.',
    parameters: [...sessionBody],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  renamePasskey: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/rename',
    summary: 'Rename one of the signed-in auth user’s passkeys.',
    parameters: [...sessionBody, body('id', 'Credential id of the passkey.'), body('name', 'New name.')],
    statuses: [200, 400, 401, 404, 500],
    responseBody: 'json',
  },
  deletePasskey: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/delete',
    summary: 'Remove one of the signed-in auth user’s passkeys (password confirmation).',
    parameters: [
      ...sessionBody,
      body('id', 'Credential id of the passkey.'),
      body('password', 'Current password.'),
    ],
    statuses: [200, 400, 401, 404, 500],
    responseBody: 'json',
  },
  passkeyLoginOptions: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/login/options',
    summary: 'Start a passkey sign-in: WebAuthn request options with a fresh challenge.',
    parameters: [
      body('api_key', 'Organization API key.'),
      body('role', 'Auth-user role.'),
      body('email', 'Auth-user email; without it any discoverable passkey may answer.', false),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
  verifyPasskeyLogin: {
    group: 'passkeys',
    method: 'POST',
    path: '/auth/passkeys/login/verify',
    summary: 'Exchange a signed challenge for a session token; no second factor follows.',
    parameters: [
      body('api_key', 'Organization API key.'),
      body('role', 'Auth-user role.'),
      objectBody('response', 'AuthenticationResponseJSON from the browser.'),
    ],
    statuses: [200, 400, 401, 500],
    responseBody: 'json',
  },
} as const satisfies Record<string, RouteSpec>;

/** Every route the kit can call: AuthFlow's 20, then the extension groups'. */
export const routes = { ...authFlowRoutes, ...extensionRoutes };

export type AuthFlowRouteId = keyof typeof authFlowRoutes;
export type ExtensionRouteId = keyof typeof extensionRoutes;
export type RouteId = keyof typeof routes;

/** AuthFlow's route ids in contract order. */
export const authFlowRouteIds = Object.keys(authFlowRoutes) as AuthFlowRouteId[];

/** The extension groups' route ids, in table order. */
export const extensionRouteIds = Object.keys(extensionRoutes) as ExtensionRouteId[];

/** Every route id: AuthFlow's, then the extension groups'. */
export const routeIds = Object.keys(routes) as RouteId[];

export const routeGroups: readonly RouteGroup[] = [...authFlowRouteGroups, ...extensionRouteGroups];
