import type { ReactNode } from 'react';
import { useSession } from '../../hooks/use-session.js';

export interface SessionLoadingProps {
  children?: ReactNode;
}

/**
 * Renders its children only while a proxy-mode provider waits to learn who is signed in, the
 * moment when neither `<SignedIn>` nor `<SignedOut>` shows anything.
 */
export function SessionLoading({ children }: SessionLoadingProps) {
  const { status } = useSession();
  return status === 'loading' ? children : null;
}
