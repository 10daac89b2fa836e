import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `container` and fails with the list of violations. Only rules jsdom cannot
 * evaluate (it has no layout or colors) are switched off.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}`).join('\n')}`,
  );
  expect(violations).toEqual([]);
}
