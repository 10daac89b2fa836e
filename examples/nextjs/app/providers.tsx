'use client';

import { AuthProvider, type InitialSession } from '@authflow-ui/react';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';

/** The kit's provider is a client component; the session the server read starts it. */
export function Providers({
  initialSession,
  children,
}: {
  initialSession: InitialSession;
  children: ReactNode;
}) {
  const router = useRouter();
  return (
    <AuthProvider
      baseUrl="/api/auth"
      initialSession={initialSession}
      onSignOut={() => router.replace('/sign-in')}
    >
      {children}
    </AuthProvider>
  );
}
