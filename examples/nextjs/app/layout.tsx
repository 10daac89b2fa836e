import '@authflow-ui/react/styles.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { serverSession } from '../server-session';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'AuthFlow UI with Next.js' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await serverSession();
  return (
    <html lang="en">
      <body>
        <Providers initialSession={session}>
          <nav>
            <Link href="/">Home</Link> · <Link href="/account">Account</Link>
          </nav>
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
