import type { ReactNode } from 'react';
import { useSession } from '../../hooks/use-session.js';

export interface SignedOutProps {
  children?: ReactNode;
}

/** Renders its children only while nobody is signed in. */
export function SignedOut({ children }: SignedOutProps) {
  const { status } = useSession();
  return status === 'signedOut' ? children : null;
}
