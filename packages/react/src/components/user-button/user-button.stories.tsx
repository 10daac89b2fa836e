import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { arSA } from '../../locales/ar-sa.js';
import { UserButton } from './user-button.js';

const meta = {
  title: 'Screens/UserButton',
  component: UserButton,
  parameters: {
    layout: 'padded',
    authflow: { session: { as: 'seeded', account: 'member' } },
  },
} satisfies Meta<typeof UserButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

export const MenuOpen: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account menu for Max Member' }));
    await expect(await canvas.findByRole('menuitem', { name: 'Sign out' })).toBeVisible();
    await expect(canvas.getByRole('menuitem', { name: 'Change password' })).toBeVisible();
  },
};

/** With two-step verification on, the menu also offers recovery codes. */
export const MenuOpenWithTwoFactor: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account menu for Mira Mfa' }));
    await expect(await canvas.findByRole('menuitem', { name: 'Recovery codes' })).toBeVisible();
  },
};

/** A backend serving passkeys: the menu offers "Passkeys", which opens the manager in place. */
export const MenuWithPasskeys: Story = {
  parameters: {
    authflow: { session: { as: 'seeded', account: 'member' }, passkeys: { backend: 'served' } },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account menu for Max Member' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Passkeys' }));
    const panel = await canvas.findByRole('dialog', { name: 'Passkeys' });
    await expect(within(panel).getByRole('heading', { name: 'Passkeys' })).toBeVisible();
    await expect(await within(panel).findByText('You have no passkeys yet.')).toBeVisible();
    await expect(within(panel).getByRole('button', { name: 'Add a passkey' })).toBeEnabled();
  },
};

/** Plain AuthFlow, in a browser that could use passkeys: the menu has no "Passkeys" entry. */
export const MenuWithoutPasskeys: Story = {
  parameters: {
    authflow: { session: { as: 'seeded', account: 'member' }, passkeys: { backend: 'absent' } },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const auth = storyAuthOf(context);
    await userEvent.click(await canvas.findByRole('button', { name: 'Account menu for Max Member' }));
    await expect(await canvas.findByRole('menuitem', { name: 'Change password' })).toBeVisible();
    // Only once the menu knows what the backend serves does a missing entry mean anything.
    await auth.client.capabilities();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(canvas.queryByRole('menuitem', { name: 'Passkeys' })).toBeNull();
    await expect(auth.requests.filter((path) => path.includes('passkeys'))).toEqual([]);
  },
};

/** Keyboard: arrows open the menu on its first item; Escape closes it and returns focus. */
export const KeyboardNavigation: Story = {
  play: async ({ canvas, userEvent }) => {
    const trigger = await canvas.findByRole('button', { name: 'Account menu for Max Member' });
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(await canvas.findByRole('menuitem', { name: 'Two-step verification' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
  },
};

export const SignedOutAfterSignOut: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account menu for Max Member' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Sign out' }));
    await expect(canvas.queryByRole('button', { name: /Account menu/ })).toBeNull();
  },
};

export const ChangePasswordInPlace: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account menu for Max Member' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Change password' }));
    await expect(await canvas.findByRole('dialog', { name: 'Change password' })).toBeVisible();
  },
};

export const LongName: Story = {
  parameters: {
    authflow: {
      session: {
        as: 'new',
        email: 'maximiliana.featherstonehaugh-bartholomew@departments.example-organization.co.uk',
        password: 'LongNames123!',
        fullname: 'Maximiliana Featherstonehaugh-Bartholomew von Hohenzollern-Sigmaringen the Third',
      },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /Account menu for Maximiliana/ }));
    await expect(await canvas.findByRole('menu')).toBeVisible();
  },
};

export const RightToLeftName: Story = {
  globals: { locale: 'ar-SA' },
  parameters: {
    authflow: {
      session: { as: 'new', email: 'maryam@example.com', password: 'Arabic123!', fullname: 'مريم الحسيني' },
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: arSA.userButton.openMenu({ name: 'مريم الحسيني' }) }),
    );
    await expect(await canvas.findByRole('menu')).toBeVisible();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: MenuOpen.play,
};

export const Unstyled: Story = {
  parameters: {
    authflow: { session: { as: 'seeded', account: 'member' }, appearance: { unstyled: true } },
  },
  play: MenuOpen.play,
};
