import type { AuthLocalization } from '@authflow-ui/ui';
import { expect } from 'vitest';
import { englishLeftovers } from './english-leftovers.js';
import { expectNoAxeViolations } from './expect-no-axe-violations.js';

/**
 * Nothing on the page is still American English, each screen's root carries the pack's
 * language and direction, and right-to-left screens pass axe.
 */
export async function expectTranslated(pack: AuthLocalization): Promise<void> {
  expect(englishLeftovers(document.body, pack)).toEqual([]);
  const roots = document.body.querySelectorAll('[data-af-part="root"]');
  expect(roots.length).toBeGreaterThan(0);
  for (const root of roots) {
    expect(root.getAttribute('lang')).toBe(pack.locale.tag);
    expect(root.getAttribute('dir')).toBe(pack.locale.direction);
  }
  if (pack.locale.direction !== 'rtl') return;
  // Testing Library renders into a container on the body, as the existing screen tests check it.
  for (const container of document.body.children) await expectNoAxeViolations(container);
}
