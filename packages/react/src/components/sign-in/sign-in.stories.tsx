import type { Meta, StoryObj } from '@storybook/react-vite';
import { Secret, TOTP } from 'otpauth';
import type { CSSProperties } from 'react';
import { expect, waitFor } from 'storybook/test';
import {
  enterOneTimeCode,
  expectAlert,
  expectSignedIn,
  expectTotpStep,
  submitPassword,
  submitRecoveryCode,
} from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { MfaChallenge } from '../mfa-challenge/mfa-challenge.js';
import { SignIn } from './sign-in.js';

/** The authenticator app of the seeded 2FA account: real codes from its published secret. */
function currentTotp(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

const meta = {
  title: 'Screens/SignIn',
  component: SignIn,
  args: { signUpHref: '#sign-up', forgotPasswordHref: '#forgot-password' },
} satisfies Meta<typeof SignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const WithRoleSelector: Story = {
  args: {
    roles: [
      { value: 'user', label: 'Member' },
      { value: 'admin', label: 'Administrator' },
    ],
  },
};

/** Main flow: a member signs in with a password. */
export const SignInWithPassword: Story = {
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    await expectSignedIn(context);
  },
};

/** The request is on its way: the button says so and cannot be pressed twice. */
export const Submitting: Story = {
  parameters: { authflow: { scenario: 'latency:60000' } },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    const button = await context.canvas.findByRole('button', { name: 'Signing in…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

export const WrongPassword: Story = {
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, 'NotThePassword1!');
    await expectAlert(context, 'The email address or password is not correct.');
    // The email stays; the wrong password does not.
    await expect(context.canvas.getByLabelText('Email address')).toHaveValue(member.email);
    await expect(context.canvas.getByLabelText('Password')).toHaveValue('');
  },
};

/** An unknown account reads exactly like a wrong password, so answers reveal no accounts. */
export const UnknownAccount: Story = {
  play: async (context) => {
    await submitPassword(context, 'nobody@example.com', 'Whatever123!');
    await expectAlert(context, 'The email address or password is not correct.');
  },
};

export const ServerError: Story = {
  parameters: { authflow: { scenario: 'server-error' } },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    const alert = await expectAlert(context, /Something went wrong on our side/);
    await expect(alert).toContainElement(context.canvas.getByRole('button', { name: 'Try again' }));
  },
};

/** A proxy in front of AuthFlow answered with an HTML error page. */
export const BadGatewayHtml: Story = {
  parameters: { authflow: { scenario: 'bad-gateway-html' } },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    await expectAlert(context, /Something went wrong on our side|could not read/);
  },
};

export const MalformedAnswer: Story = {
  parameters: { authflow: { scenario: 'malformed-json' } },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    await expectAlert(context, 'The server sent an answer we could not read. Try again in a moment.');
  },
};

export const NetworkDown: Story = {
  parameters: { authflow: { scenario: 'network-error' } },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    await expectAlert(context, /We could not reach the server/);
    await expect(context.canvas.getByLabelText('Email address')).toHaveValue(member.email);
  },
};

/** Main flow: too many attempts. The countdown runs and the form cannot be sent until it ends. */
export const RateLimitedCountdown: Story = {
  parameters: { authflow: { scenario: 'rate-limited:30' } },
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, member.password);
    await expectAlert(context, /Too many attempts/);
    const timer = await context.canvas.findByRole('timer');
    await expect(timer).toHaveTextContent(/You can try again in (30|29) seconds/);
    await waitFor(() => expect(timer).toHaveTextContent(/You can try again in 2[0-8] seconds/), {
      timeout: 3000,
    });
    await expect(context.canvas.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  },
};

/** Main flow: the 2FA account signs in with a code from its authenticator app. */
export const MfaTotp: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    await enterOneTimeCode(context, '6-digit code', currentTotp(mfa.totpSecret));
    await expectSignedIn(context);
  },
};

/** The second factor is asked for and nothing is typed yet. */
export const MfaRequired: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
  },
};

export const MfaWrongCode: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    await enterOneTimeCode(context, '6-digit code', '000000');
    await expectAlert(context, 'That code is not correct. Check it and try again.');
  },
};

/** The 2FA account asks for a code by email and types the one the mock "sent". */
export const MfaEmailCode: Story = {
  play: async (context) => {
    const { mock } = storyAuthOf(context);
    const { mfa } = mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Email me a code instead' }));
    await expect(await context.canvas.findByRole('heading', { name: 'Check your email' })).toBeVisible();
    const code = await waitFor(() => {
      const sent = mock.outbox.messages(mfa.email).find((message) => message.kind === 'email-otp');
      if (sent?.code === undefined) throw new Error('No code emailed yet');
      return sent.code;
    });
    await enterOneTimeCode(context, '6-digit code', code);
    await expectSignedIn(context);
  },
};

export const MfaRecoveryCode: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Use a recovery code' }));
    await submitRecoveryCode(context, mfa.recoveryCodes[0] ?? '');
    await expectSignedIn(context);
  },
};

/** The password step passed, then the challenge expired before the code arrived. */
export const ExpiredChallenge: Story = {
  play: async (context) => {
    const { mock } = storyAuthOf(context);
    const { mfa } = mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    mock.setScenario({ name: 'expired-temp-token' });
    await enterOneTimeCode(context, '6-digit code', currentTotp(mfa.totpSecret));
    await expectAlert(context, 'Your sign-in timed out. Enter your password again.');
  },
};

/** A recovery-code sign-in that leaves two codes warns before moving on. */
export const FewRecoveryCodesLeft: Story = {
  parameters: { authflow: { recoveryCodesUsed: 7 } },
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Use a recovery code' }));
    await submitRecoveryCode(context, mfa.recoveryCodes[7] ?? '');
    await expect(
      await context.canvas.findByRole('heading', { name: 'You are running low on recovery codes' }),
    ).toBeVisible();
    await expect(context.canvas.getByRole('alert')).toHaveTextContent('You have 2 recovery codes left.');
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
};

export const DarkThemeWithError: Story = {
  globals: { theme: 'dark' },
  play: WrongPassword.play,
};

export const CustomAppearance: Story = {
  parameters: {
    authflow: {
      appearance: {
        variables: {
          colorPrimary: '#0f766e',
          colorPrimaryForeground: '#ffffff',
          colorBackground: '#fffdf7',
          colorBorder: '#b9b2a0',
          radius: '2px',
          fontFamily: 'Georgia, "Times New Roman", serif',
          fontSize: '1rem',
        },
      },
    },
  },
};

/** No shipped styles: only `data-af-part` / `data-state` and your classes remain. */
export const Unstyled: Story = {
  parameters: { authflow: { appearance: { unstyled: true } } },
};

export const LongNames: Story = {
  args: {
    defaultEmail:
      'maximiliana.featherstonehaugh-bartholomew.the-third@departments.example-organization.co.uk',
    roles: [{ value: 'user', label: 'Regional compliance and procurement oversight coordinator (EMEA)' }],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  args: { defaultEmail: 'مريم@example.com' },
};

/* -------------------------------------------------------------------------------------------------
 * Composed from the parts: an app's own layout around the kit's behaviour
 * -----------------------------------------------------------------------------------------------*/

const splitStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(17rem, 1fr))',
  alignItems: 'start',
  gap: '1.5rem',
  maxWidth: '54rem',
  marginInline: 'auto',
};

// The app's own panel, themed from the kit's variables so it follows the color mode.
const pitchStyle: CSSProperties = {
  display: 'grid',
  alignContent: 'center',
  gap: '0.75rem',
  padding: '2rem',
  borderRadius: 'calc(var(--af-radius) * 2)',
  background: 'var(--af-color-primary)',
  color: 'var(--af-color-primary-foreground)',
};

function AcmePitch() {
  return (
    <div style={pitchStyle}>
      <p style={{ margin: 0, fontSize: '1.5rem', fontWeight: 700 }}>Acme Parcel</p>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        <li>Every parcel on one map</li>
        <li>Delivery windows your customers pick</li>
        <li>Two-step verification for every account</li>
      </ul>
    </div>
  );
}

/**
 * `SignIn.Root` with the app's own layout: a marketing panel beside the card, its own headings
 * and button text, a terms line between the form and the links, and a second step composed from
 * `MfaChallenge` parts inside `SignIn.Step step="mfa"`, which continue the same sign-in.
 */
export const ComposedSplitLayout: Story = {
  parameters: { layout: 'padded' },
  render: (args) => (
    <SignIn.Root {...args}>
      <div style={splitStyle}>
        <AcmePitch />
        <SignIn.Step step="password">
          <SignIn.Card>
            <SignIn.Header>
              <SignIn.Title>Sign in to Acme Parcel</SignIn.Title>
              <SignIn.Subtitle>Pick up where your parcels left off.</SignIn.Subtitle>
            </SignIn.Header>
            <SignIn.Error />
            <SignIn.Form>
              <SignIn.EmailField />
              <SignIn.PasswordField />
              <SignIn.Submit>Continue</SignIn.Submit>
            </SignIn.Form>
            <p style={{ margin: 0, fontSize: '0.875em' }}>By continuing you accept the Acme Parcel terms.</p>
            <SignIn.Footer>
              {args.forgotPasswordHref && (
                <SignIn.Link href={args.forgotPasswordHref}>Forgot your password?</SignIn.Link>
              )}
              {args.signUpHref && <SignIn.Link href={args.signUpHref}>Open an Acme account</SignIn.Link>}
            </SignIn.Footer>
          </SignIn.Card>
        </SignIn.Step>
        <SignIn.Step step="mfa">
          <MfaChallenge.Root>
            <MfaChallenge.Card>
              <MfaChallenge.Header>
                <MfaChallenge.Title>Confirm it is you</MfaChallenge.Title>
                <MfaChallenge.Subtitle>
                  Acme Parcel asks for a second step on every sign-in.
                </MfaChallenge.Subtitle>
              </MfaChallenge.Header>
              <MfaChallenge.Error />
              <MfaChallenge.Form>
                <MfaChallenge.Method method="totp">
                  <MfaChallenge.Field name="code">
                    <MfaChallenge.Label>Authenticator code</MfaChallenge.Label>
                    <MfaChallenge.CodeInput />
                    <MfaChallenge.FieldError />
                  </MfaChallenge.Field>
                </MfaChallenge.Method>
                <MfaChallenge.Method method="recovery">
                  <MfaChallenge.Field name="recoveryCode">
                    <MfaChallenge.Label>Recovery code</MfaChallenge.Label>
                    <MfaChallenge.RecoveryCodeInput autoComplete="off" spellCheck={false} />
                    <MfaChallenge.FieldError />
                  </MfaChallenge.Field>
                </MfaChallenge.Method>
                <MfaChallenge.Submit>Confirm</MfaChallenge.Submit>
              </MfaChallenge.Form>
              <MfaChallenge.Footer>
                <MfaChallenge.Method method="totp">
                  <MfaChallenge.MethodButton method="recovery" />
                </MfaChallenge.Method>
                <MfaChallenge.Method method="recovery">
                  <MfaChallenge.MethodButton method="totp" />
                </MfaChallenge.Method>
                <MfaChallenge.BackButton>Use another account</MfaChallenge.BackButton>
              </MfaChallenge.Footer>
            </MfaChallenge.Card>
          </MfaChallenge.Root>
        </SignIn.Step>
        <SignIn.Step step="signedIn">
          <SignIn.Card>
            <SignIn.Title>Welcome back to Acme Parcel</SignIn.Title>
            <p style={{ margin: 0 }}>Your dashboard is loading.</p>
          </SignIn.Card>
        </SignIn.Step>
      </div>
    </SignIn.Root>
  ),
  play: async (context) => {
    const { canvas, userEvent } = context;
    const auth = storyAuthOf(context);
    const { mfa } = auth.mock.seeded;
    await expect(canvas.getByText('Acme Parcel')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Sign in to Acme Parcel' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Email address'), mfa.email);
    await userEvent.type(canvas.getByLabelText('Password'), mfa.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('heading', { name: 'Confirm it is you' })).toBeVisible();
    // The app's panel stays; only the card changes step.
    await expect(canvas.getByText('Acme Parcel')).toBeVisible();
    await expect(canvas.getByLabelText('Authenticator code')).toHaveFocus();
    await enterOneTimeCode(context, 'Authenticator code', currentTotp(mfa.totpSecret));
    await expect(await canvas.findByRole('heading', { name: 'Welcome back to Acme Parcel' })).toBeVisible();
    await expect(auth.client.session.getState().status).toBe('signedIn');
  },
};

/**
 * A compact sign-in for a page header: the fields in a row, the failure below, and the kit's
 * default second step (`<MfaChallenge.Root />` with no children) when the account needs one.
 */
export const ComposedInline: Story = {
  parameters: { layout: 'padded' },
  render: (args) => (
    <SignIn.Root {...args}>
      <SignIn.Step step="password">
        <SignIn.Form
          aria-label="Sign in to Acme Parcel"
          style={{
            gridTemplateColumns: 'minmax(12rem, 1fr) minmax(11rem, 1fr) auto',
            alignItems: 'start',
            maxWidth: '46rem',
          }}
        >
          <SignIn.EmailField />
          <SignIn.PasswordField />
          {/* Down by one label line and the field's gap, so it lines up with the inputs. */}
          <SignIn.Submit style={{ marginTop: 'calc(1.35em + var(--af-spacing) * 0.375)' }}>
            Sign in
          </SignIn.Submit>
        </SignIn.Form>
        <SignIn.Error style={{ marginTop: '0.75rem' }} />
      </SignIn.Step>
      <SignIn.Step step="mfa">
        <MfaChallenge.Root />
      </SignIn.Step>
      <SignIn.Step step="signedIn">
        <p style={{ margin: 0 }}>Signed in. Your parcels are loading.</p>
      </SignIn.Step>
    </SignIn.Root>
  ),
  play: async (context) => {
    const { member } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, member.email, 'NotThePassword1!');
    await expectAlert(context, 'The email address or password is not correct.');
    await expect(context.canvas.getByLabelText('Password')).toHaveFocus();
    await context.userEvent.type(context.canvas.getByLabelText('Password'), member.password);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await context.canvas.findByText('Signed in. Your parcels are loading.')).toBeVisible();
  },
};

/** The compact sign-in of a 2FA account continues into the kit's default challenge card. */
export const ComposedInlineWithDefaultChallenge: Story = {
  parameters: ComposedInline.parameters,
  render: ComposedInline.render,
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await submitPassword(context, mfa.email, mfa.password);
    await expectTotpStep(context);
    await enterOneTimeCode(context, '6-digit code', currentTotp(mfa.totpSecret));
    await expect(await context.canvas.findByText('Signed in. Your parcels are loading.')).toBeVisible();
  },
};
