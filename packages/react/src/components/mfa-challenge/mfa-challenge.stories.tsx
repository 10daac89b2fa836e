import type { Meta, StoryObj } from '@storybook/react-vite';
import { Secret, TOTP } from 'otpauth';
import type { CSSProperties } from 'react';
import { expect, waitFor } from 'storybook/test';
import { enterOneTimeCode, expectAlert, submitRecoveryCode } from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { MfaChallenge } from './mfa-challenge.js';

/**
 * The second step on its own, for apps that run the password step themselves. Every story
 * starts after the seeded 2FA account passed its password (a real pending challenge).
 */
const meta = {
  title: 'Screens/MfaChallenge',
  component: MfaChallenge,
  parameters: { authflow: { session: { as: 'challenged' } } },
  render: (args, context) => (
    <MfaChallenge challenge={storyAuthOf(context).challenge ?? undefined} {...args} />
  ),
} satisfies Meta<typeof MfaChallenge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Authenticator: Story = {};

export const AuthenticatorVerified: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    const code = new TOTP({ secret: Secret.fromBase32(mfa.totpSecret), digits: 6, period: 30 }).generate();
    await enterOneTimeCode(context, '6-digit code', code);
    await expect(await context.canvas.findByText('You are signed in.')).toBeVisible();
  },
};

export const IncompleteCode: Story = {
  play: async (context) => {
    await enterOneTimeCode(context, '6-digit code', '123');
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Verify' }));
    await expect(await context.canvas.findByText('Enter all 6 digits of the code.')).toBeVisible();
  },
};

export const WrongCode: Story = {
  play: async (context) => {
    await enterOneTimeCode(context, '6-digit code', '000000');
    await expectAlert(context, 'That code is not correct. Check it and try again.');
  },
};

export const EmailCodeSent: Story = {
  play: async (context) => {
    const { mock } = storyAuthOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: 'Email me a code instead' }),
    );
    await expect(await context.canvas.findByRole('heading', { name: 'Check your email' })).toBeVisible();
    await waitFor(() => expect(mock.outbox.messages(mock.seeded.mfa.email).at(-1)?.kind).toBe('email-otp'));
  },
};

export const RecoveryCode: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Use a recovery code' }));
    await expect(await canvas.findByLabelText('Recovery code')).toHaveFocus();
  },
};

/** Codes pasted with spaces or dashes still work. */
export const RecoveryCodeWithDashes: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    const [first = ''] = mfa.recoveryCodes;
    await context.userEvent.click(await context.canvas.findByRole('button', { name: 'Use a recovery code' }));
    await submitRecoveryCode(context, `${first.slice(0, 4)}-${first.slice(4)}`);
    await expect(await context.canvas.findByText('You are signed in.')).toBeVisible();
  },
};

export const ExpiredChallenge: Story = {
  parameters: { authflow: { session: { as: 'challenged' }, scenario: 'expired-temp-token' } },
  play: async (context) => {
    await enterOneTimeCode(context, '6-digit code', '123456');
    await expectAlert(context, /timed out|expired/);
  },
};

export const RateLimited: Story = {
  parameters: {
    authflow: { session: { as: 'challenged' }, scenario: 'rate-limited:20@verifyTwoFactor' },
  },
  play: async (context) => {
    await enterOneTimeCode(context, '6-digit code', '123456');
    await expectAlert(context, /Too many attempts/);
    await expect(await context.canvas.findByRole('timer')).toHaveTextContent(
      /You can try again in (20|19) seconds/,
    );
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  parameters: {
    authflow: {
      session: { as: 'challenged' },
    },
  },
};

export const Unstyled: Story = {
  parameters: { authflow: { session: { as: 'challenged' }, appearance: { unstyled: true } } },
};

export const CustomAppearance: Story = {
  parameters: {
    authflow: {
      session: { as: 'challenged' },
      appearance: { variables: { colorPrimary: '#0369a1', radius: '0', fontSize: '1.0625rem' } },
    },
  },
};

/* -------------------------------------------------------------------------------------------------
 * Composed from the parts: an app's own compact second step
 * -----------------------------------------------------------------------------------------------*/

const compactStyle: CSSProperties = {
  display: 'grid',
  gap: '0.75rem',
  width: 'min(30rem, 100%)',
  padding: '1.25rem',
  border: '1px solid var(--af-color-border)',
  borderRadius: 'var(--af-radius)',
  background: 'var(--af-color-background)',
};

// The app's own row inside the field: the input and the button side by side, equally tall.
const rowStyle: CSSProperties = { display: 'flex', gap: '0.75rem' };

/**
 * `MfaChallenge.Root` around the app's own compact box: a heading of its own level and words,
 * the input and button in one row of the app's own inside the field, the failure under them,
 * and the method switch worded as a question of the app's own.
 */
export const Composed: Story = {
  render: (args, context) => (
    <MfaChallenge.Root {...args} challenge={storyAuthOf(context).challenge ?? undefined}>
      <div style={compactStyle}>
        <MfaChallenge.Title level={2}>Confirm it is you</MfaChallenge.Title>
        <MfaChallenge.Form>
          <MfaChallenge.Method method="totp">
            <MfaChallenge.Field name="code">
              <MfaChallenge.Label>Code from your authenticator</MfaChallenge.Label>
              <div style={rowStyle}>
                <MfaChallenge.CodeInput style={{ flex: 1, minWidth: 0 }} />
                <MfaChallenge.Submit style={{ width: 'auto' }}>Verify</MfaChallenge.Submit>
              </div>
              <MfaChallenge.FieldError />
            </MfaChallenge.Field>
          </MfaChallenge.Method>
          <MfaChallenge.Method method="recovery">
            <MfaChallenge.Field name="recoveryCode">
              <MfaChallenge.Label>Recovery code</MfaChallenge.Label>
              <div style={rowStyle}>
                <MfaChallenge.RecoveryCodeInput
                  autoComplete="off"
                  spellCheck={false}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <MfaChallenge.Submit style={{ width: 'auto' }}>Verify</MfaChallenge.Submit>
              </div>
              <MfaChallenge.FieldError />
            </MfaChallenge.Field>
          </MfaChallenge.Method>
        </MfaChallenge.Form>
        <MfaChallenge.Error />
        <p style={{ margin: 0 }}>
          <MfaChallenge.Method method="totp">
            No phone at hand? <MfaChallenge.MethodButton method="recovery" />
          </MfaChallenge.Method>
          <MfaChallenge.Method method="recovery">
            Found your phone? <MfaChallenge.MethodButton method="totp" />
          </MfaChallenge.Method>
        </p>
      </div>
    </MfaChallenge.Root>
  ),
  play: async (context) => {
    const auth = storyAuthOf(context);
    const { mfa } = auth.mock.seeded;
    await expect(context.canvas.getByRole('heading', { level: 2, name: 'Confirm it is you' })).toBeVisible();
    await expect(context.canvas.getByLabelText('Code from your authenticator')).toHaveFocus();
    const code = new TOTP({ secret: Secret.fromBase32(mfa.totpSecret), digits: 6, period: 30 }).generate();
    await enterOneTimeCode(context, 'Code from your authenticator', code);
    await expect(await context.canvas.findByText('You are signed in.')).toBeVisible();
    await expect(auth.client.session.getState().status).toBe('signedIn');
  },
};

/** The same box after a wrong code, then signed in with a recovery code through the app's switch. */
export const ComposedRecoveryCode: Story = {
  render: Composed.render,
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await enterOneTimeCode(context, 'Code from your authenticator', '000000');
    await expectAlert(context, 'That code is not correct. Check it and try again.');
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Use a recovery code' }));
    await expect(await context.canvas.findByLabelText('Recovery code')).toHaveFocus();
    await submitRecoveryCode(context, mfa.recoveryCodes[0] ?? '');
    await expect(await context.canvas.findByText('You are signed in.')).toBeVisible();
  },
};
