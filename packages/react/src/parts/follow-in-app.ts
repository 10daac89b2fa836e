import type { MouseEvent } from 'react';

/**
 * Whether a click on a link to `href` should go through the app's router: a plain left click
 * (no modifier, so "open in a new tab" keeps working) on an app path (`/sign-up`), not another
 * origin, a new window or a download.
 */
export function shouldFollowInApp(
  event: MouseEvent<HTMLAnchorElement>,
  href: string | undefined,
): href is string {
  if (href === undefined || !href.startsWith('/') || href.startsWith('//')) return false;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.currentTarget;
  return (anchor.target === '' || anchor.target === '_self') && !anchor.hasAttribute('download');
}
