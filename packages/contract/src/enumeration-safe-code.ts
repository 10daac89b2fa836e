import type { AuthErrorCode } from './errors.js';
import type { RouteId } from './routes.js';

/** Sign-in answers that depend on whether, and how, an account exists. */
const accountCauses: readonly AuthErrorCode[] = [
  'invalid_credentials',
  'user_not_found',
  'forbidden',
  'not_found',
];

/**
 * The one place the proxy deliberately reads AuthFlow differently from core: what a browser,
 * which anyone can drive, may learn. On `login`, an unknown email, a wrong password, an unknown
 * role and a refused account all read as `invalid_credentials`, so sign-in cannot be used to
 * find out which accounts exist. Core keeps them apart (its direct mode runs on a server, whose
 * code may need the difference); the kit's screens show them alike either way.
 */
export function enumerationSafeCode(routeId: RouteId, code: AuthErrorCode): AuthErrorCode {
  return routeId === 'login' && accountCauses.includes(code) ? 'invalid_credentials' : code;
}
