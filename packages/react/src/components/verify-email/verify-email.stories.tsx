import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectAlert } from '../../../../../.storybook/play-helpers.js';
import { latestOutboxToken, storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { arSA } from '../../locales/ar-sa.js';
import { VerifyEmail } from './verify-email.js';

const newAccount = {
  as: 'new',
  email: 'new.person@example.com',
  password: 'NewPerson123!',
  fullname: 'Nia Newcomer',
} as const;

const meta = {
  title: 'Screens/VerifyEmail',
  component: VerifyEmail,
  args: { continueHref: '#notes' },
  // Signing up makes the mock email a real verification link.
  parameters: { authflow: { session: newAccount } },
  render: (args, context) => (
    <VerifyEmail token={latestOutboxToken(storyAuthOf(context), 'verify-email')} {...args} />
  ),
} satisfies Meta<typeof VerifyEmail>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Verified: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Email address verified' })).toBeVisible();
  },
};

export const Verifying: Story = {
  parameters: { authflow: { session: newAccount, scenario: 'latency:60000' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Verifying your email address…')).toBeVisible();
  },
};

/** An old or reused link: explain it, and offer a new one. */
export const ExpiredLink: Story = {
  args: { token: 'a-link-that-was-already-used' },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('heading', { name: 'This link has expired' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Email address'), newAccount.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new link' }));
    await expect(await canvas.findByText(/a new link is on its way/)).toBeVisible();
  },
};

export const MissingToken: Story = {
  render: (args) => <VerifyEmail {...args} />,
};

export const ServerError: Story = {
  parameters: { authflow: { session: newAccount, scenario: 'server-error' } },
  play: async (context) => {
    await expectAlert(context, /Something went wrong on our side/);
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: Verified.play,
};

export const Unstyled: Story = {
  parameters: { authflow: { session: newAccount, appearance: { unstyled: true } } },
  play: Verified.play,
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  parameters: {
    authflow: {
      session: newAccount,
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: arSA.verifyEmail.successTitle })).toBeVisible();
  },
};
