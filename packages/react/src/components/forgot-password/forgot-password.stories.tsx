import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectAlert } from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { ForgotPassword } from './forgot-password.js';

const meta = {
  title: 'Screens/ForgotPassword',
  component: ForgotPassword,
  args: { signInHref: '#sign-in' },
} satisfies Meta<typeof ForgotPassword>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

/** The same neutral confirmation whether or not the account exists; the mock emails a real link. */
export const LinkSent: Story = {
  play: async (context) => {
    const { mock } = storyAuthOf(context);
    const { canvas, userEvent } = context;
    await userEvent.type(await canvas.findByLabelText('Email address'), mock.seeded.member.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expect(await canvas.findByRole('heading', { name: 'Check your email' })).toBeVisible();
    await expect(mock.outbox.messages(mock.seeded.member.email).at(-1)?.kind).toBe('reset-password');
  },
};

export const UnknownEmailLooksTheSame: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email address'), 'nobody@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expect(await canvas.findByRole('heading', { name: 'Check your email' })).toBeVisible();
  },
};

export const Submitting: Story = {
  parameters: { authflow: { scenario: 'latency:60000' } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email address'), 'member@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

export const InvalidEmail: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email address'), 'not-an-email');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expect(await canvas.findByText('Enter an email address like name@example.com.')).toBeVisible();
  },
};

export const RateLimited: Story = {
  parameters: { authflow: { scenario: 'rate-limited:45' } },
  play: async (context) => {
    await context.userEvent.type(await context.canvas.findByLabelText('Email address'), 'member@example.com');
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Send reset link' }));
    await expectAlert(context, /Too many attempts/);
    await expect(await context.canvas.findByRole('timer')).toHaveTextContent(
      /You can try again in 4\d seconds/,
    );
  },
};

export const NetworkDown: Story = {
  parameters: { authflow: { scenario: 'network-error' } },
  play: async (context) => {
    await context.userEvent.type(await context.canvas.findByLabelText('Email address'), 'member@example.com');
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Send reset link' }));
    await expectAlert(context, /We could not reach the server/);
    await expect(context.canvas.getByLabelText('Email address')).toHaveValue('member@example.com');
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const Unstyled: Story = { parameters: { authflow: { appearance: { unstyled: true } } } };

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  args: { defaultEmail: 'نور@example.com' },
};

export const LongEmail: Story = {
  args: {
    defaultEmail: 'maximiliana.featherstonehaugh-bartholomew@departments.example-organization.co.uk',
  },
};

export const CustomAppearance: Story = {
  parameters: {
    authflow: { appearance: { variables: { colorPrimary: '#15803d', colorBackground: '#f7fee7' } } },
  },
};
