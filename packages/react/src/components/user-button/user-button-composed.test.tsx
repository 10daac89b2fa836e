import { screen, waitFor } from '@testing-library/react';
import { createRef, type RefObject, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAuth } from '../../hooks/use-auth.js';
import { Root } from '../../parts/layout-parts.js';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { UserButton } from './user-button.js';

const server = serveMockAuthFlow();

interface MenuRefs {
  trigger: RefObject<HTMLButtonElement | null>;
  avatar: RefObject<HTMLSpanElement | null>;
  link: RefObject<HTMLAnchorElement | null>;
  item: RefObject<HTMLButtonElement | null>;
}

/** An app's own account menu from the UserButton parts: its own items, its own sign-out wording. */
function AcmeAccountMenu({ refs, onSignOutClick }: { refs: MenuRefs; onSignOutClick: () => void }) {
  const { user, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  if (!user) return <p>Signed out of Acme.</p>;
  return (
    <Root>
      <UserButton.Trigger
        ref={refs.trigger}
        open={open}
        aria-controls={open ? 'acme-account-menu' : undefined}
        className="acme-trigger"
        onClick={() => setOpen(!open)}
      >
        <UserButton.Avatar ref={refs.avatar} className="acme-avatar">
          MM
        </UserButton.Avatar>
        <span>{user.fullname}</span>
      </UserButton.Trigger>
      {open && (
        <div role="menu" id="acme-account-menu" aria-label="Acme account">
          <UserButton.MenuLink ref={refs.link} href="/billing" className="acme-item">
            Billing
          </UserButton.MenuLink>
          <UserButton.MenuItem
            ref={refs.item}
            className="acme-item"
            onClick={() => {
              onSignOutClick();
              void signOut();
            }}
          >
            Leave Acme
          </UserButton.MenuItem>
        </div>
      )}
    </Root>
  );
}

describe('given an account menu composed from the UserButton parts', () => {
  it('marks its parts, forwards refs, and signs out against AuthFlow from its own item', async () => {
    const client = createTestClient();
    await signInAs(client, server.mock.seeded.member);
    const refs: MenuRefs = {
      trigger: createRef(),
      avatar: createRef(),
      link: createRef(),
      item: createRef(),
    };
    const onSignOutClick = vi.fn();
    const { user, container } = renderWithAuth(
      <AcmeAccountMenu refs={refs} onSignOutClick={onSignOutClick} />,
      {
        client,
        providerProps: {
          appearance: {
            classNames: { trigger: 'theme-trigger', avatar: 'theme-avatar', menuItem: 'theme-item' },
          },
        },
      },
    );
    const trigger = screen.getByRole('button', { name: 'Max Member' });
    expect(refs.trigger.current).toBe(trigger);
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.getAttribute('data-state')).toBe('closed');
    expect(trigger.getAttribute('data-af-part')).toBe('trigger');
    expect(trigger.className).toBe('af-trigger theme-trigger acme-trigger');
    expect(refs.avatar.current?.getAttribute('aria-hidden')).toBe('true');
    expect(refs.avatar.current?.className).toBe('af-avatar theme-avatar acme-avatar');
    await expectNoAxeViolations(container);

    await user.click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(trigger.getAttribute('data-state')).toBe('open');
    const items = screen.getAllByRole('menuitem');
    expect(items).toEqual([refs.link.current, refs.item.current]);
    for (const item of items) {
      expect(item.getAttribute('data-af-part')).toBe('menu-item');
      expect(item.className).toBe('af-menu-item theme-item acme-item');
      expect(item.getAttribute('tabindex')).toBe('-1');
    }
    expect(refs.item.current?.getAttribute('type')).toBe('button');
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('menuitem', { name: 'Leave Acme' }));
    expect(onSignOutClick).toHaveBeenCalledTimes(1);
    await screen.findByText('Signed out of Acme.');
    expect(client.session.getState().status).toBe('signedOut');
    await waitFor(() => expect(server.requests).toContain('/auth/logout'));
  });
});
