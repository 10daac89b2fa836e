import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { PlayTools } from '../../../../../.storybook/play-helpers.js';
import { expectAlert } from '../../../../../.storybook/play-helpers.js';
import {
  type AuthflowStoryParameters,
  type StoryPasskeys,
  storyAuthOf,
} from '../../../../../.storybook/story-auth.js';
import { PasskeyManager } from './passkey-manager.js';

/** The seeded member, signed in, on a backend serving passkeys, in a browser with WebAuthn. */
function signedInMember(passkeys: Omit<StoryPasskeys, 'backend'> = {}): AuthflowStoryParameters {
  return { session: { as: 'seeded', account: 'member' }, passkeys: { backend: 'served', ...passkeys } };
}

const meta = {
  title: 'Screens/PasskeyManager',
  component: PasskeyManager,
  parameters: { authflow: signedInMember() },
} satisfies Meta<typeof PasskeyManager>;

export default meta;
type Story = StoryObj<typeof meta>;

async function expectEmpty({ canvas }: PlayTools) {
  await expect(await canvas.findByText('You have no passkeys yet.')).toBeVisible();
}

async function passkeyList({ canvas }: PlayTools) {
  return canvas.findByRole('list', { name: 'Your passkeys' });
}

export const Empty: Story = {
  play: async (context) => {
    await expect(await context.canvas.findByRole('heading', { name: 'Passkeys' })).toBeVisible();
    await expectEmpty(context);
    await expect(context.canvas.getByLabelText('Name (optional)')).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: 'Add a passkey' })).toBeEnabled();
  },
};

/** Three passkeys on three devices; two were used to sign in, one never was. */
export const SeveralPasskeys: Story = {
  parameters: {
    authflow: signedInMember({
      memberPasskeys: [
        { name: 'Work laptop', on: 'this-browser', afterwards: 'signed-in' },
        { name: 'Phone', on: 'another-device', afterwards: 'signed-in' },
        { name: 'Security key', on: 'another-device' },
      ],
    }),
  },
  play: async (context) => {
    const list = await passkeyList(context);
    const items = within(list).getAllByRole('listitem');
    await expect(items).toHaveLength(3);
    const [laptop, phone, key] = items;
    await expect(laptop).toHaveTextContent('Work laptop');
    await expect(laptop).toHaveTextContent(/Last used .+ · Synced/);
    await expect(phone).toHaveTextContent(/Phone.*Last used/);
    await expect(key).toHaveTextContent(/Security key.*Not used yet/);
    await expect(within(list).getByRole('button', { name: 'Rename Phone' })).toBeVisible();
    await expect(within(list).getByRole('button', { name: 'Remove Security key' })).toBeVisible();
  },
};

/** Main flow: the member names this laptop's new passkey; the browser's prompt is confirmed. */
export const AddWithName: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await expectEmpty(context);
    await userEvent.type(canvas.getByLabelText('Name (optional)'), 'Work laptop');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Work laptop was added.');
    const list = await passkeyList(context);
    await expect(within(list).getByRole('listitem')).toHaveTextContent(/Work laptop.*Not used yet/);
    await expect(canvas.getByLabelText('Name (optional)')).toHaveValue('');
  },
};

/** This browser's authenticator already holds the member's passkey (WebAuthn's `InvalidStateError`). */
export const AlreadyRegistered: Story = {
  parameters: {
    authflow: signedInMember({ memberPasskeys: [{ name: 'Work laptop', on: 'this-browser' }] }),
  },
  play: async (context) => {
    const list = await passkeyList(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Add a passkey' }));
    await expectAlert(context, 'This device already holds a passkey for your account.');
    await expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  },
};

/** The member closes the browser's prompt: nothing is added, and nothing reads as a failure. */
export const AddCancelled: Story = {
  parameters: { authflow: signedInMember({ person: 'dismisses' }) },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const auth = storyAuthOf(context);
    await expectEmpty(context);
    await userEvent.type(canvas.getByLabelText('Name (optional)'), 'Work laptop');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(auth.requests).toContain('/auth/passkeys/register/options'));
    await expect(await canvas.findByRole('button', { name: 'Add a passkey' })).toBeEnabled();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(auth.requests).not.toContain('/auth/passkeys/register/verify');
    await expect(canvas.getByText('You have no passkeys yet.')).toBeVisible();
  },
};

/** The browser's prompt is open and the member has not answered yet. */
export const Adding: Story = {
  parameters: { authflow: signedInMember({ person: 'waits' }) },
  play: async (context) => {
    await expectEmpty(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Add a passkey' }));
    await expect(await context.canvas.findByRole('button', { name: 'Adding a passkey…' })).toBeDisabled();
  },
};

export const Rename: Story = {
  parameters: {
    authflow: signedInMember({ memberPasskeys: [{ name: 'Work laptop', on: 'this-browser' }] }),
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const list = await passkeyList(context);
    await userEvent.click(within(list).getByRole('button', { name: 'Rename Work laptop' }));
    const name = canvas.getByLabelText('New name for Work laptop');
    await expect(name).toHaveValue('Work laptop');
    await userEvent.clear(name);
    await userEvent.type(name, 'Old laptop');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Renamed to Old laptop.');
    await waitFor(() => expect(within(list).getByRole('listitem')).toHaveTextContent(/^Old laptop/));
  },
};

/** A wrong password keeps the passkey; the right one removes it. */
export const RemoveWithPassword: Story = {
  parameters: {
    authflow: signedInMember({ memberPasskeys: [{ name: 'Phone', on: 'another-device' }] }),
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { member } = storyAuthOf(context).mock.seeded;
    const list = await passkeyList(context);
    await userEvent.click(within(list).getByRole('button', { name: 'Remove Phone' }));
    const form = canvas.getByRole('form', { name: 'Remove Phone' });
    const password = within(form).getByLabelText('Current password');
    await userEvent.type(password, 'NotThePassword1!');
    await userEvent.click(within(form).getByRole('button', { name: 'Remove' }));
    await expectAlert(context, 'The details you entered are not correct.');
    await expect(within(list).getByRole('listitem')).toHaveTextContent('Phone');

    await userEvent.clear(password);
    await userEvent.type(password, member.password);
    await userEvent.click(within(form).getByRole('button', { name: 'Remove' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Phone was removed.');
    await expectEmpty(context);
  },
};

/** No WebAuthn here: passkeys made elsewhere can still be renamed and removed, none added. */
export const UnsupportedBrowser: Story = {
  parameters: {
    authflow: signedInMember({
      browser: 'no-webauthn',
      memberPasskeys: [{ name: 'Phone', on: 'another-device', afterwards: 'signed-in' }],
    }),
  },
  play: async (context) => {
    const { canvas } = context;
    await expect(await canvas.findByRole('status')).toHaveTextContent('This browser cannot use passkeys.');
    const list = await passkeyList(context);
    await expect(within(list).getByRole('button', { name: 'Remove Phone' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
  },
};

/** The list fails to load (a 500 on `/auth/passkeys/list`); "Try again" once the server is back. */
export const LoadFailed: Story = {
  parameters: {
    authflow: { ...signedInMember(), scenario: { name: 'server-error', routes: ['listPasskeys'] } },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { mock } = storyAuthOf(context);
    const alert = await expectAlert(context, /Something went wrong on our side/);
    await expect(canvas.queryByRole('list', { name: 'Your passkeys' })).toBeNull();
    mock.setScenario(null);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expectEmpty(context);
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  parameters: SeveralPasskeys.parameters,
  play: SeveralPasskeys.play,
};
