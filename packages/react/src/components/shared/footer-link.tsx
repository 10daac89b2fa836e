import type { ReactNode } from 'react';
import { Footer, Link } from '../../parts/layout-parts.js';

export interface FooterLinkProps {
  /** The app's page, from a screen prop such as `signInHref`; without one nothing renders. */
  href: string | undefined;
  children: ReactNode;
}

/** A card's way on to another page of the app, when the app named that page. */
export function FooterLink({ href, children }: FooterLinkProps) {
  if (!href) return null;
  return (
    <Footer>
      <Link href={href}>{children}</Link>
    </Footer>
  );
}
