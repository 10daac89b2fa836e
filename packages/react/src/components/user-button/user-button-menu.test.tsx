import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { UserButton } from './user-button.js';

const member = { email: 'member@example.com', fullname: 'Max Member', role: 'user', orgId: 'org-1' };

function signedIn() {
  // Nothing listens there: a sign-out's server call fails fast, and the local sign-out still happens.
  return createTestClient({ signedInAs: member, baseUrl: 'http://127.0.0.1:9' });
}

function trigger(): HTMLElement {
  return screen.getByRole('button', { name: 'Account menu for Max Member' });
}

/** The menu's own behaviour, which needs no server: opening, keys, closing, focus. */
describe('given a UserButton for a signed-in member', () => {
  it('shows the name on a button that announces a menu', async () => {
    const { container } = renderWithAuth(<UserButton />, { client: signedIn() });
    expect(trigger().getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger().getAttribute('aria-expanded')).toBe('false');
    expect(trigger().textContent).toContain('MM');
    expect(trigger().textContent).toContain('Max Member');
    await expectNoAxeViolations(container);
  });

  it('is named by the name it shows, which speech input can say; the initials are not read', () => {
    renderWithAuth(<UserButton />, { client: signedIn() });
    const button = trigger();
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(within(button).getByText('Max Member').closest('[aria-hidden="true"]')).toBeNull();
    expect(within(button).getByText('MM').closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('when opened, shows name, email and role, and focuses the first item', async () => {
    const { user, container } = renderWithAuth(<UserButton />, { client: signedIn() });
    await user.click(trigger());
    expect(trigger().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('member@example.com')).toBeTruthy();
    expect(screen.getByText('Role: user')).toBeTruthy();
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Two-step verification', 'Change password', 'Sign out']);
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Two-step verification' }));
    await expectNoAxeViolations(container);
  });

  it('offers no recovery codes while two-step verification is off, and offers them once it is on', async () => {
    const { user } = renderWithAuth(<UserButton />, {
      client: createTestClient({ signedInAs: member, twoFactor: 'enabled', baseUrl: 'http://127.0.0.1:9' }),
    });
    await user.click(trigger());
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Two-step verification', 'Recovery codes', 'Change password', 'Sign out']);
  });

  it('mfaStatus overrides what the session knows', async () => {
    const { user } = renderWithAuth(<UserButton mfaStatus="disabled" />, {
      client: createTestClient({ signedInAs: member, twoFactor: 'enabled', baseUrl: 'http://127.0.0.1:9' }),
    });
    await user.click(trigger());
    expect(screen.queryByRole('menuitem', { name: 'Recovery codes' })).toBeNull();
  });

  it('moves with the arrow keys, Home and End, wrapping around', async () => {
    const { user } = renderWithAuth(<UserButton />, { client: signedIn() });
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Two-step verification');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Change password');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Sign out');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Two-step verification');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Sign out');
    await user.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe('Two-step verification');
  });

  it('opens at the last item with ArrowUp', async () => {
    const { user } = renderWithAuth(<UserButton />, { client: signedIn() });
    trigger().focus();
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Sign out');
  });

  it('closes with Escape and returns focus to the button', async () => {
    const { user } = renderWithAuth(<UserButton />, { client: signedIn() });
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger());
  });

  it('closes on a click elsewhere', async () => {
    const { user } = renderWithAuth(
      <>
        <UserButton />
        <p>Elsewhere</p>
      </>,
      { client: signedIn() },
    );
    await user.click(trigger());
    await user.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('uses links and callbacks when given, instead of screens in place', async () => {
    const onChangePassword = vi.fn();
    const { user } = renderWithAuth(
      <UserButton manageMfaHref="/settings/2fa" onChangePassword={onChangePassword} />,
      { client: signedIn() },
    );
    await user.click(trigger());
    expect(screen.getByRole('menuitem', { name: 'Two-step verification' }).getAttribute('href')).toBe(
      '/settings/2fa',
    );
    await user.click(screen.getByRole('menuitem', { name: 'Change password' }));
    expect(onChangePassword).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('follows a link in the app’s router, by click or by Enter, and closes the menu', async () => {
    const navigate = vi.fn();
    const { user } = renderWithAuth(<UserButton manageMfaHref="/settings/2fa" />, {
      client: signedIn(),
      providerProps: { navigate },
    });
    await user.click(trigger());
    await user.click(screen.getByRole('menuitem', { name: 'Two-step verification' }));
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/settings/2fa');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(trigger());
    screen.getByRole('menuitem', { name: 'Two-step verification' }).focus();
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledTimes(2);
  });

  it('opens the change-password screen in place, and Back returns to the menu', async () => {
    const { user, container } = renderWithAuth(<UserButton />, { client: signedIn() });
    await user.click(trigger());
    await user.click(screen.getByRole('menuitem', { name: 'Change password' }));
    const dialog = screen.getByRole('dialog', { name: 'Change password' });
    expect(dialog).toBeTruthy();
    expect(screen.getByLabelText('Current password')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Back');
    await expectNoAxeViolations(container);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(trigger());
  });

  it('signs out from the menu, even when the server cannot be reached', async () => {
    const onSignOut = vi.fn();
    const { user } = renderWithAuth(<UserButton />, { client: signedIn(), providerProps: { onSignOut } });
    await user.click(trigger());
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(screen.queryByRole('button', { name: /Account menu/ })).toBeNull();
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});

describe('given nobody is signed in', () => {
  it('renders nothing', () => {
    const { container } = renderWithAuth(<UserButton />);
    expect(container.innerHTML).toBe('');
  });
});
