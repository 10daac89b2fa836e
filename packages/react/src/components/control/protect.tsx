import type { AuthUser } from '@authflow-ui/core';
import type { ReactNode } from 'react';
import { useSession } from '../../hooks/use-session.js';

export interface ProtectProps {
  /** Show the children only to users with this role, or one of these roles. Default: any signed-in user. */
  roles?: string | readonly string[];
  /** A further test of the signed-in user, for rules a role cannot express. */
  condition?: (user: AuthUser) => boolean;
  /**
   * Shown instead when nobody is signed in or the user does not qualify (not while the session is
   * still loading). Default: nothing.
   */
  fallback?: ReactNode;
  children?: ReactNode;
}

/**
 * Hides content from people it is not for. This shapes the interface only: the server must
 * still check every request, because anything in the browser can be changed by its user.
 */
export function Protect({ roles, condition, fallback = null, children }: ProtectProps) {
  const { status, user } = useSession();
  // Until the session is known, neither the content nor the fallback is the truth.
  if (status === 'loading') return null;
  if (status !== 'signedIn' || !user) return fallback;
  const allowed = roles === undefined ? null : typeof roles === 'string' ? [roles] : roles;
  if (allowed && !allowed.includes(user.role)) return fallback;
  if (condition && !condition(user)) return fallback;
  return children;
}
