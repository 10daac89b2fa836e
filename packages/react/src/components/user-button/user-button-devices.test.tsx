import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { chromeOnMac, proxiedPagesForEachTest } from '../../test-support/proxied-page.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { UserButton } from './user-button.js';

const pages = proxiedPagesForEachTest();

describe('given a UserButton in proxy mode', () => {
  it('offers "Devices", which opens the device list in place', async () => {
    const { member } = pages.mock.mock.seeded;
    const client = pages.page(chromeOnMac);
    await client.signIn({ email: member.email, password: member.password });
    const { user, container } = renderWithAuth(<UserButton />, { client });
    await user.click(screen.getByRole('button', { name: 'Account menu for Max Member' }));
    await screen.findByRole('menuitem', { name: 'Devices' });
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
    expect((await screen.findByRole('menuitem', { name: 'Devices' })).getAttribute('href')).toBe(
      '/account/devices',
    );
  });
});

describe('given a UserButton in direct mode against AuthFlow itself', () => {
  const flow = serveMockAuthFlow();

  it('offers no "Devices" entry, even with devicesHref, since AuthFlow keeps no session list', async () => {
    const { member } = flow.mock.seeded;
    const client = createTestClient();
    await client.signIn({ email: member.email, password: member.password });
    const { user } = renderWithAuth(<UserButton devicesHref="/account/devices" />, { client });
    await user.click(screen.getByRole('button', { name: 'Account menu for Max Member' }));
    // The menu asked the same remembered question; once it is answered, the menu is final.
    await expect(client.capabilities()).resolves.toEqual({ sessions: false, passkeys: false });
    expect(flow.requests).toContain('/');
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Two-step verification', 'Change password', 'Sign out']);
  });
});
