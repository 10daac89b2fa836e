import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { chromeOnMac, proxiedPagesForEachTest } from '../../test-support/proxied-page.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { UserButton } from './user-button.js';

const pages = proxiedPagesForEachTest();

describe('given a UserButton in proxy mode', () => {
  it('offers "Devices", which opens the device list in place', async () => {
    const { member } = pages.mock.mock.seeded;
    const client = pages.page(chromeOnMac);
    await client.signIn({ email: member.email, password: member.password });
    const { user, container } = renderWithAuth(<UserButton />, { client });
    await user.click(screen.getByRole('button', { name: 'Account menu for Max Member' }));
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Two-step verification', 'Devices', 'Change password', 'Sign out']);

    await user.click(screen.getByRole('menuitem', { name: 'Devices' }));
    const panel = screen.getByRole('dialog', { name: 'Devices' });
    const list = await within(panel).findByRole('list', { name: 'Devices' });
    expect(within(list).getByRole('listitem').textContent).toContain('Chrome on macOS');
    await expectNoAxeViolations(container);
  });

  it('links to an app page when devicesHref is given', async () => {
    const { member } = pages.mock.mock.seeded;
    const client = pages.page();
    await client.signIn({ email: member.email, password: member.password });
    const { user } = renderWithAuth(<UserButton devicesHref="/account/devices" />, { client });
    await user.click(screen.getByRole('button', { name: 'Account menu for Max Member' }));
    expect(screen.getByRole('menuitem', { name: 'Devices' }).getAttribute('href')).toBe('/account/devices');
  });
});
