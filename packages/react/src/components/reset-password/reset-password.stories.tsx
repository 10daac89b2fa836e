import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectAlert } from '../../../../../.storybook/play-helpers.js';
import { latestOutboxToken, storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { ResetPassword } from './reset-password.js';

const meta = {
  title: 'Screens/ResetPassword',
  component: ResetPassword,
  args: { signInHref: '#sign-in', forgotPasswordHref: '#forgot-password' },
  // A real reset link for the member, as the mock emailed it.
  parameters: { authflow: { requestPasswordReset: 'member' } },
  render: (args, context) => (
    <ResetPassword token={latestOutboxToken(storyAuthOf(context), 'reset-password')} {...args} />
  ),
} satisfies Meta<typeof ResetPassword>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const PasswordSaved: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'BrandNew123!');
    await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
    await expect(await canvas.findByRole('heading', { name: 'Password changed' })).toBeVisible();
  },
};

/** The checklist explains the server's rule while typing. */
export const WeakPassword: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
    await expect(
      await canvas.findByText('Choose a password that meets every requirement below.'),
    ).toBeVisible();
  },
};

export const ExpiredLink: Story = {
  args: { token: 'a-link-that-was-already-used' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'BrandNew123!');
    await userEvent.click(canvas.getByRole('button', { name: 'Save new password' }));
    await expect(await canvas.findByRole('heading', { name: 'This link has expired' })).toBeVisible();
  },
};

export const MissingToken: Story = {
  render: (args) => <ResetPassword {...args} />,
};

export const ServerError: Story = {
  parameters: { authflow: { requestPasswordReset: 'member', scenario: 'server-error' } },
  play: async (context) => {
    await context.userEvent.type(await context.canvas.findByLabelText('New password'), 'BrandNew123!');
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Save new password' }));
    await expectAlert(context, /Something went wrong on our side/);
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const CustomAppearance: Story = {
  parameters: {
    authflow: {
      requestPasswordReset: 'member',
      appearance: { variables: { colorPrimary: '#be185d', radius: '1rem', spacing: '1.25rem' } },
    },
  },
};

export const Unstyled: Story = {
  parameters: { authflow: { requestPasswordReset: 'member', appearance: { unstyled: true } } },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  parameters: {
    authflow: {
      requestPasswordReset: 'member',
    },
  },
};
