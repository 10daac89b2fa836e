import type { ReactNode } from 'react';
import { useSession } from '../../hooks/use-session.js';

export interface SignedInProps {
  children?: ReactNode;
}

/** Renders its children only while someone is signed in. */
export function SignedIn({ children }: SignedInProps) {
  const { status } = useSession();
  return status === 'signedIn' ? children : null;
}
