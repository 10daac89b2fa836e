import type { Meta, StoryObj } from '@storybook/react-vite';
import { Secret, TOTP } from 'otpauth';
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
  globals: { direction: 'rtl' },
  args: { defaultEmail: 'مريم@example.com' },
  parameters: {
    authflow: {
      localization: {
        signIn: {
          title: 'تسجيل الدخول',
          subtitle: 'مرحبًا بعودتك. سجّل الدخول للمتابعة.',
          submit: 'دخول',
          forgotPassword: 'نسيت كلمة المرور؟',
          noAccount: 'ليس لديك حساب؟',
          signUp: 'أنشئ حسابًا',
        },
        fields: { emailLabel: 'البريد الإلكتروني', passwordLabel: 'كلمة المرور' },
      },
    },
  },
};
