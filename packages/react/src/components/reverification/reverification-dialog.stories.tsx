import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import { type StoryAuth, storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { reauthenticationAgainstMock } from '../../../../../.storybook/story-reverification.js';
import { AuthError, createReverificationController } from '../../../../core/src/index.js';
import { ReverificationDialog } from './reverification-dialog.js';

/** A page with one sensitive action that needs fresh proof until the person gives it. */
function SensitivePage({ auth }: { auth: StoryAuth }) {
  const [reauthentication] = useState(() => reauthenticationAgainstMock(auth));
  const [controller] = useState(() => createReverificationController(reauthentication));
  const [outcome, setOutcome] = useState('');
  const deleteData = async () => {
    if (!reauthentication.proved) {
      throw new AuthError('reauthentication_required', 'The proxy wants fresh proof', { status: 403 });
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() =>
          controller.run(deleteData).then(
            () => setOutcome('Your data was deleted.'),
            (error: AuthError) => setOutcome(`Stopped: ${error.code}`),
          )
        }
      >
        Delete my data
      </button>
      <p role="status">{outcome}</p>
      <ReverificationDialog controller={controller} />
    </>
  );
}

const meta = {
  title: 'Screens/ReverificationDialog',
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
  render: (_args, context) => <SensitivePage auth={storyAuthOf(context)} />,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

type Context = Parameters<NonNullable<Story['play']>>[0];

async function openDialog({ canvas, userEvent }: Context) {
  await userEvent.click(await canvas.findByRole('button', { name: 'Delete my data' }));
  return canvas.findByRole('dialog', { name: 'Confirm it’s you' });
}

async function typePassword({ userEvent }: Context, dialog: HTMLElement, password: string) {
  await userEvent.type(within(dialog).getByLabelText('Password'), `${password}{Enter}`);
}

export const Closed: Story = {};

export const PasswordStep: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await expect(within(dialog).getByLabelText('Password')).toHaveFocus();
  },
};

export const WrongPassword: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await typePassword(context, dialog, 'NotMine123!');
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('not correct');
  },
};

export const Confirmed: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await typePassword(context, dialog, storyAuthOf(context).mock.seeded.member.password);
    await expect(await context.canvas.findByText('Your data was deleted.')).toBeVisible();
    await expect(context.canvas.queryByRole('dialog')).toBeNull();
  },
};

export const Cancelled: Story = {
  play: async (context) => {
    await openDialog(context);
    await context.userEvent.keyboard('{Escape}');
    await expect(await context.canvas.findByText('Stopped: aborted')).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: 'Delete my data' })).toHaveFocus();
  },
};

export const AuthenticatorCode: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' } } },
  play: async (context) => {
    const dialog = await openDialog(context);
    await typePassword(context, dialog, storyAuthOf(context).mock.seeded.mfa.password);
    await expect(await within(dialog).findByLabelText('Verification code')).toBeVisible();
    await expect(
      within(dialog).getByText('Enter the 6-digit code from your authenticator app.'),
    ).toBeVisible();
  },
};

export const RecoveryCode: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' } } },
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    const dialog = await openDialog(context);
    await typePassword(context, dialog, mfa.password);
    await context.userEvent.click(await within(dialog).findByRole('button', { name: 'Use a recovery code' }));
    await context.userEvent.type(
      within(dialog).getByLabelText('Recovery code'),
      `${mfa.recoveryCodes[1]}{Enter}`,
    );
    await expect(await context.canvas.findByText('Your data was deleted.')).toBeVisible();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async (context) => {
    await openDialog(context);
  },
};
