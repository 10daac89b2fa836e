import { isLowOnRecoveryCodes } from '@authflow-ui/core';
import { enUSCommon, enUSRecoveryCodes, enUSUserButton } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useAuth } from '../../hooks/use-auth.js';
import { useCapabilities } from '../../hooks/use-capabilities.js';
import { usePasskeysOffered } from '../../hooks/use-passkeys.js';
import { useRecoveryCodesLeft } from '../../hooks/use-recovery-codes-left.js';
import { useSession } from '../../hooks/use-session.js';
import { useLocalization } from '../../localization/use-localization.js';
import { composeEventHandlers } from '../../parts/compose-event-handlers.js';
import { composeRefs } from '../../parts/compose-refs.js';
import { shouldFollowInApp } from '../../parts/follow-in-app.js';
import { Header, Hint, LinkButton, Root } from '../../parts/layout-parts.js';
import { usePartProps } from '../../parts/use-part-props.js';
import { VisuallyHidden } from '../../parts/visually-hidden.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { ChangePassword } from '../change-password/change-password.js';
import { MfaSetup, type MfaSetupProps } from '../mfa-setup/mfa-setup.js';
import { PasskeyManager } from '../passkey-manager/passkey-manager.js';
import { RecoveryCodes } from '../recovery-codes/recovery-codes.js';
import { SessionList } from '../session-list/session-list.js';
import { splitAroundName } from './split-around-name.js';

const texts = { common: enUSCommon, recoveryCodes: enUSRecoveryCodes, userButton: enUSUserButton };

type View = 'closed' | 'menu' | 'mfa' | 'password' | 'recoveryCodes' | 'devices' | 'passkeys';

/**
 * No `children`: the menu's content is the kit's own; build another menu from the parts
 * (`UserButton.Trigger`, `UserButton.MenuItem` ...) instead.
 */
export interface UserButtonProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Link to your two-step verification page; by default the screen opens in place. */
  manageMfaHref?: string;
  /** Called instead of opening the two-step verification screen in place. */
  onManageMfa?: () => void;
  /** Link to your change-password page; by default the screen opens in place. */
  changePasswordHref?: string;
  /** Called instead of opening the change-password screen in place. */
  onChangePassword?: () => void;
  /** Link to your passkeys page; by default `<PasskeyManager>` opens in place. Shown only where passkeys are offered. */
  passkeysHref?: string;
  /** Called instead of opening `<PasskeyManager>` in place. */
  onManagePasskeys?: () => void;
  /**
   * Whether two-step verification is on: recovery codes are offered only while it is, and the
   * two-step verification screen opened in place offers only what applies. Default: what the
   * session knows (`useSession().twoFactor`); pass it only to override that.
   */
  mfaStatus?: MfaSetupProps['status'];
  /**
   * Link to your devices page. The "Devices" entry shows only where the backend keeps sessions
   * (`client.capabilities()`, proxy mode); by default the device list opens in place.
   */
  devicesHref?: string;
  /** Called instead of opening the device list in place. */
  onManageDevices?: () => void;
}

function initialsOf(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  const initials = letters.map((word) => Array.from(word ?? '')[0] ?? '').join('');
  return (initials || Array.from(email)[0] || '?').toUpperCase();
}

/* -------------------------------------------------------------------------------------------------
 * Trigger, Avatar, MenuItem
 * -----------------------------------------------------------------------------------------------*/

export const UserButtonTrigger = forwardRef<
  HTMLButtonElement,
  ComponentPropsWithoutRef<'button'> & { open: boolean }
>(function UserButtonTrigger({ open, ...props }, ref) {
  const partProps = usePartProps('trigger', props.className);
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={open}
      {...props}
      {...partProps}
      ref={ref}
      data-state={open ? 'open' : 'closed'}
    />
  );
});

export const UserButtonAvatar = forwardRef<HTMLSpanElement, ComponentPropsWithoutRef<'span'>>(
  function UserButtonAvatar(props, ref) {
    const partProps = usePartProps('avatar', props.className);
    return <span aria-hidden="true" {...props} {...partProps} ref={ref} />;
  },
);

/** One action of the menu. Focus moves between items with the arrow keys, not with Tab. */
export const UserButtonMenuItem = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(
  function UserButtonMenuItem(props, ref) {
    const partProps = usePartProps('menuItem', props.className);
    return <button type="button" role="menuitem" tabIndex={-1} {...props} {...partProps} ref={ref} />;
  },
);

/**
 * A menu item that navigates to one of your pages. With the provider's `navigate`, an app path
 * opens in the app's router, as the kit's other links do: a page load would restart the app.
 */
export const UserButtonMenuLink = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'>>(
  function UserButtonMenuLink({ href, onClick, ...props }, ref) {
    const partProps = usePartProps('menuItem', props.className);
    const { navigate } = useAuthContext();
    const followInApp = composeEventHandlers(onClick, (event: MouseEvent<HTMLAnchorElement>) => {
      if (!navigate || !shouldFollowInApp(event, href)) return;
      event.preventDefault();
      navigate(href);
    });
    return (
      <a
        role="menuitem"
        tabIndex={-1}
        {...props}
        {...partProps}
        href={href}
        onClick={followInApp}
        ref={ref}
      />
    );
  },
);

/**
 * The trigger's text: the name people see, inside the menu's localized label that only screen
 * readers get. The button is named by its content, so its name always holds its visible text and
 * speech users can say what they see (WCAG 2.5.3); the initials beside it are decoration.
 */
function TriggerName({ label, name }: { label: string; name: string }) {
  const { before, after } = splitAroundName(label, name);
  // The spaces stand between the spans, where every accessible-name computation keeps them.
  return (
    <>
      {before && <VisuallyHidden>{before}</VisuallyHidden>}
      {before && ' '}
      <span>{name}</span>
      {after && ' '}
      {after && <VisuallyHidden>{after}</VisuallyHidden>}
    </>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The default component
 * -----------------------------------------------------------------------------------------------*/

function menuItemsOf(menu: HTMLElement | null): HTMLElement[] {
  return menu ? Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]')) : [];
}

export const UserButtonRoot = forwardRef<HTMLDivElement, UserButtonProps>(function UserButtonRoot(
  {
    manageMfaHref,
    onManageMfa,
    changePasswordHref,
    onChangePassword,
    passkeysHref,
    onManagePasskeys,
    mfaStatus,
    devicesHref,
    onManageDevices,
    ...props
  },
  ref,
) {
  const { user, signOut, signOutState } = useAuth();
  const passkeysOffered = usePasskeysOffered();
  const recoveryCodesLeft = useRecoveryCodesLeft();
  const session = useSession();
  const twoFactor = mfaStatus ?? session.twoFactor ?? 'unknown';
  const capabilities = useCapabilities();
  const sessionsOffered = capabilities.status === 'known' && capabilities.capabilities.sessions;
  const localization = useLocalization(texts);
  const t = localization.userButton;
  const [view, setView] = useState<View>('closed');
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const rootRef = useRef<HTMLDivElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const popoverProps = usePartProps('menu', undefined);
  const menuId = useId();

  const close = (returnFocus: boolean) => {
    setView('closed');
    if (returnFocus) triggerRef.current?.focus();
  };

  // Opening moves focus into the menu (or the screen opened in place).
  useEffect(() => {
    if (view === 'menu') {
      const items = menuItemsOf(menuRef.current);
      (focusOnOpen.current === 'first' ? items[0] : items[items.length - 1])?.focus();
    } else if (view !== 'closed') {
      panelRef.current?.querySelector<HTMLElement>('button')?.focus();
    }
  }, [view]);

  // A click elsewhere closes it, leaving focus where the click put it.
  useEffect(() => {
    if (view === 'closed') return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setView('closed');
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [view]);

  if (!user) return null;

  const open = (at: 'first' | 'last') => {
    focusOnOpen.current = at;
    setView('menu');
  };

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItemsOf(menuRef.current);
    const active = document.activeElement;
    const index = active instanceof HTMLElement ? items.indexOf(active) : -1;
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'Tab':
        setView('closed');
        break;
      default:
        break;
    }
  };

  const name = user.fullname || user.email;
  const menuLabel = t.openMenu({ name });

  const onRootKeyDown = composeEventHandlers(props.onKeyDown, (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && view !== 'closed') {
      event.preventDefault();
      close(true);
    }
  });

  const item = (label: string, href: string | undefined, callback: (() => void) | undefined, panel: View) =>
    href ? (
      <UserButtonMenuLink href={href} onClick={() => close(false)}>
        {label}
      </UserButtonMenuLink>
    ) : (
      <UserButtonMenuItem
        onClick={() => {
          if (callback) {
            close(false);
            callback();
          } else setView(panel);
        }}
      >
        {label}
      </UserButtonMenuItem>
    );

  let panel: ReactNode = null;
  let panelLabel = '';
  switch (view) {
    case 'mfa':
      panelLabel = t.manageMfa;
      panel = <MfaSetup status={twoFactor} headingLevel={2} />;
      break;
    case 'password':
      panelLabel = t.changePassword;
      panel = <ChangePassword headingLevel={2} />;
      break;
    case 'recoveryCodes':
      panelLabel = localization.recoveryCodes.title;
      panel = <RecoveryCodes headingLevel={2} />;
      break;
    case 'devices':
      panelLabel = t.devices;
      panel = <SessionList headingLevel={2} />;
      break;
    case 'passkeys':
      panelLabel = t.passkeys;
      panel = <PasskeyManager headingLevel={2} />;
      break;
    case 'closed':
    case 'menu':
      break;
    default:
      view satisfies never;
  }

  return (
    <Root
      {...props}
      ref={composeRefs(ref, rootRef)}
      data-state={view === 'closed' ? 'closed' : 'open'}
      onKeyDown={onRootKeyDown}
    >
      <UserButtonTrigger
        ref={triggerRef}
        open={view !== 'closed'}
        aria-controls={view === 'menu' ? menuId : undefined}
        onClick={() => (view === 'closed' ? open('first') : close(false))}
        onKeyDown={onTriggerKeyDown}
      >
        <UserButtonAvatar>{initialsOf(user.fullname, user.email)}</UserButtonAvatar>
        <TriggerName label={menuLabel} name={name} />
      </UserButtonTrigger>
      {view === 'menu' && (
        <div {...popoverProps} data-state="menu">
          <Header>
            <strong>{user.fullname}</strong>
            <Hint>
              <bdi dir="ltr">{user.email}</bdi>
            </Hint>
            <Hint>{t.role({ role: user.role })}</Hint>
          </Header>
          <div role="menu" id={menuId} ref={menuRef} aria-label={menuLabel} onKeyDown={onMenuKeyDown}>
            {item(t.manageMfa, manageMfaHref, onManageMfa, 'mfa')}
            {twoFactor !== 'disabled' &&
              item(
                recoveryCodesLeft !== null && isLowOnRecoveryCodes(recoveryCodesLeft)
                  ? t.lowCodes({ remaining: recoveryCodesLeft })
                  : t.recoveryCodes,
                undefined,
                undefined,
                'recoveryCodes',
              )}
            {passkeysOffered && item(t.passkeys, passkeysHref, onManagePasskeys, 'passkeys')}
            {sessionsOffered && item(t.devices, devicesHref, onManageDevices, 'devices')}
            {item(t.changePassword, changePasswordHref, onChangePassword, 'password')}
            <UserButtonMenuItem
              aria-busy={signOutState === 'busy' || undefined}
              onClick={() => {
                void signOut();
              }}
            >
              {signOutState === 'busy' ? t.signingOut : t.signOut}
            </UserButtonMenuItem>
          </div>
        </div>
      )}
      {panel && (
        <div {...popoverProps} data-state="panel" ref={panelRef} role="dialog" aria-label={panelLabel}>
          <LinkButton onClick={() => setView('menu')}>{localization.common.back}</LinkButton>
          {panel}
        </div>
      )}
    </Root>
  );
});

/* -------------------------------------------------------------------------------------------------
 * The compound component
 * -----------------------------------------------------------------------------------------------*/

/**
 * The signed-in user's name, email and role, and a menu to manage two-step verification,
 * see and sign out devices (where the backend keeps sessions), change the password and sign out. The menu follows the WAI-ARIA menu button pattern:
 * arrows move, Escape closes and returns focus to the button. Without links or callbacks,
 * the management screens open in place.
 *
 * `<UserButton />`, or its parts: `<UserButton.Trigger>`, `<UserButton.Avatar>`, `<UserButton.MenuItem>`, `<UserButton.MenuLink>`.
 */
export const UserButton = /* @__PURE__ */ Object.assign(UserButtonRoot, {
  Root: UserButtonRoot,
  Trigger: UserButtonTrigger,
  Avatar: UserButtonAvatar,
  MenuItem: UserButtonMenuItem,
  MenuLink: UserButtonMenuLink,
});
