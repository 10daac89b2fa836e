import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectAlert, type PlayTools } from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { ChangePassword } from './change-password.js';

const meta = {
  title: 'Screens/ChangePassword',
  component: ChangePassword,
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
} satisfies Meta<typeof ChangePassword>;

export default meta;
type Story = StoryObj<typeof meta>;

async function changePassword({ canvas, userEvent }: PlayTools, current: string, next: string) {
  await userEvent.type(await canvas.findByLabelText('Current password'), current);
  await userEvent.type(canvas.getByLabelText('New password'), next);
  await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
}

export const Idle: Story = {};

export const Changed: Story = {
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await changePassword(context, member.password, 'AnotherOne456!');
    await expect(await context.canvas.findByText('Your password has been changed.')).toBeVisible();
  },
};

export const WrongCurrentPassword: Story = {
  play: async (context) => {
    await changePassword(context, 'NotMyPassword1!', 'AnotherOne456!');
    await expectAlert(context, 'Your current password is not correct.');
  },
};

export const SessionExpired: Story = {
  parameters: {
    authflow: { session: { as: 'seeded', account: 'member' }, scenario: 'expired-session' },
  },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await changePassword(context, member.password, 'AnotherOne456!');
    // The session is gone here too: the screen says so instead of offering the form again.
    await expect(await context.canvas.findByText(/Your session has ended/)).toBeVisible();
    await expect(context.canvas.queryByLabelText('Current password')).toBeNull();
  },
};

export const SignedOut: Story = {
  parameters: { authflow: { session: { as: 'nobody' } } },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const Unstyled: Story = {
  parameters: {
    authflow: { session: { as: 'seeded', account: 'member' }, appearance: { unstyled: true } },
  },
};
