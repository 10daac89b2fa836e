import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectAlert, type PlayTools } from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { SignUp } from './sign-up.js';

const meta = {
  title: 'Screens/SignUp',
  component: SignUp,
  args: { signInHref: '#sign-in' },
} satisfies Meta<typeof SignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

interface NewAccount {
  fullname: string;
  email: string;
  password: string;
}

async function fillAndSubmit({ canvas, userEvent }: PlayTools, account: NewAccount, consent = true) {
  await userEvent.type(await canvas.findByLabelText('Full name'), account.fullname);
  await userEvent.type(canvas.getByLabelText('Email address'), account.email);
  await userEvent.type(canvas.getByLabelText('Password'), account.password);
  if (consent) await userEvent.click(canvas.getByRole('checkbox'));
  await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
}

const newcomer = { fullname: 'Nia Newcomer', email: 'nia@example.com', password: 'Newcomer123!' };

export const Idle: Story = {};

export const AccountCreated: Story = {
  play: async (context) => {
    await fillAndSubmit(context, newcomer);
    await expect(await context.canvas.findByText('Your account is ready.')).toBeVisible();
    // The mock emailed a verification link to the new address.
    const sent = storyAuthOf(context).mock.outbox.messages(newcomer.email);
    await expect(sent.some((message) => message.kind === 'verify-email')).toBe(true);
  },
};

/** The checklist follows the server's rule as the person types. */
export const PasswordChecklist: Story = {
  play: async ({ canvas, userEvent }) => {
    const password = await canvas.findByLabelText('Password');
    await userEvent.type(password, 'abcdefgh');
    const checklist = canvas.getByRole('list', { name: 'Your password needs' });
    await expect(canvas.getByText('At least 8 characters')).toHaveAttribute('data-state', 'met');
    await expect(canvas.getByText('A number')).toHaveAttribute('data-state', 'unmet');
    await expect(checklist).toHaveTextContent('A number (not yet)');
    await userEvent.type(password, '1');
    await expect(canvas.getByText('A number')).toHaveAttribute('data-state', 'met');
  },
};

export const MissingFields: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByText('Enter your full name.')).toBeVisible();
    await expect(canvas.getByText('Accept the terms to create your account.')).toBeVisible();
  },
};

export const EmailTaken: Story = {
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await fillAndSubmit(context, { fullname: 'Someone Else', email: member.email, password: 'Someone123!' });
    await expectAlert(context, 'An account with this email address already exists.');
  },
};

export const Submitting: Story = {
  parameters: { authflow: { scenario: 'latency:60000' } },
  play: async (context) => {
    await fillAndSubmit(context, newcomer);
    await expect(
      await context.canvas.findByRole('button', { name: 'Creating your account…' }),
    ).toBeDisabled();
  },
};

export const RateLimited: Story = {
  parameters: { authflow: { scenario: 'rate-limited:60' } },
  play: async (context) => {
    await fillAndSubmit(context, newcomer);
    await expectAlert(context, /Too many attempts/);
    // Nothing typed is lost, the password included: the person did nothing wrong.
    await expect(context.canvas.getByLabelText('Full name')).toHaveValue(newcomer.fullname);
  },
};

export const ServerError: Story = {
  parameters: { authflow: { scenario: 'server-error' } },
  play: async (context) => {
    await fillAndSubmit(context, newcomer);
    await expectAlert(context, /Something went wrong on our side/);
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const CustomAppearance: Story = {
  parameters: {
    authflow: {
      appearance: {
        variables: { colorPrimary: '#7c3aed', colorBackground: '#faf5ff', radius: '0.25rem' },
      },
    },
  },
};

export const Unstyled: Story = { parameters: { authflow: { appearance: { unstyled: true } } } };

export const LongNames: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(
      await canvas.findByLabelText('Full name'),
      'Maximiliana Featherstonehaugh-Bartholomew von Hohenzollern-Sigmaringen the Third',
    );
    await userEvent.type(
      canvas.getByLabelText('Email address'),
      'maximiliana.featherstonehaugh-bartholomew@departments.example-organization.co.uk',
    );
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('الاسم الكامل'), 'مريم الحسيني');
  },
};
