import {
  type AuthErrorCode,
  type RouteId,
  serverMessages,
  unauthorizedMessageCode,
} from '@authflow-ui/contract';

const codeRoutes: readonly RouteId[] = [
  'verifyTwoFactor',
  'verifyEmailOtp',
  'verifyRecoveryCode',
  'verifyTwoFactorSetup',
];
const linkTokenRoutes: readonly RouteId[] = ['resetPassword', 'verifyEmail'];

function unauthorizedCode(route: RouteId, message: string | null): AuthErrorCode {
  const known = unauthorizedMessageCode(message);
  if (known !== null) return known;
  if (route === 'login') return 'invalid_credentials';
  if (codeRoutes.includes(route)) return 'invalid_code';
  if (linkTokenRoutes.includes(route)) return 'expired';
  return 'session_expired';
}

/**
 * The kit's code for an AuthFlow error answer. The status decides first; AuthFlow's message
 * refines 400 and 401, where one status covers several causes.
 */
export function classifyUpstreamFailure(
  route: RouteId,
  status: number,
  message: string | null,
): AuthErrorCode {
  if (status >= 500) return 'server';
  switch (status) {
    case 400:
      return message?.startsWith(serverMessages.weakPassword) ? 'weak_password' : 'invalid_request';
    case 401:
      return unauthorizedCode(route, message);
    case 403:
      return 'forbidden';
    case 404:
      return route === 'login' ? 'invalid_credentials' : 'user_not_found';
    case 409:
      return 'user_exists';
    case 429:
      return 'rate_limited';
    default:
      return 'invalid_response';
  }
}
