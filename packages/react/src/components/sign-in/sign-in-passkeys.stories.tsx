import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { expectAlert, expectSignedIn, type PlayTools } from '../../../../../.storybook/play-helpers.js';
import {
  type AuthflowStoryParameters,
  type StoryPasskeys,
  storyAuthOf,
  storyWebAuthnOf,
} from '../../../../../.storybook/story-auth.js';
import { SignIn } from './sign-in.js';

/** Nobody signed in; a backend serving passkeys; this browser holds the member's passkey. */
function memberWithPasskey(passkeys: Omit<StoryPasskeys, 'backend'> = {}): AuthflowStoryParameters {
  return {
    passkeys: {
      backend: 'served',
      memberPasskeys: [{ name: 'Work laptop', on: 'this-browser' }],
      ...passkeys,
    },
  };
}

const meta = {
  title: 'Screens/SignIn with passkeys',
  component: SignIn,
  args: { signUpHref: '#sign-up', forgotPasswordHref: '#forgot-password' },
  parameters: { authflow: memberWithPasskey() },
} satisfies Meta<typeof SignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

const passkeyButton = { name: 'Sign in with a passkey' };

/**
 * Absence is only worth asserting once the screen knows what the backend serves: wait for the
 * client's (remembered) discovery answer, then for the render that follows it.
 */
async function settle(context: PlayTools & { loaded: Record<string, unknown> }) {
  await storyAuthOf(context).client.capabilities();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The password form, untouched and ready: what a person sees when no passkey is offered or used. */
async function expectPasswordForm({ canvas }: PlayTools) {
  await expect(await canvas.findByLabelText('Email address')).toBeEnabled();
  await expect(canvas.getByLabelText('Password')).toBeEnabled();
  await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeEnabled();
}

/** The backend serves passkeys and the browser has WebAuthn, without autofill. */
export const PasskeyOffered: Story = {
  play: async (context) => {
    await expect(await context.canvas.findByRole('button', passkeyButton)).toBeEnabled();
    await expect(context.canvas.getByLabelText('Email address')).toHaveAttribute('autocomplete', 'username');
    await expectPasswordForm(context);
  },
};

/** Main flow: the button, a confirmed prompt, and a session with no second step. */
export const SignInWithPasskey: Story = {
  play: async (context) => {
    await context.userEvent.click(await context.canvas.findByRole('button', passkeyButton));
    await expectSignedIn(context);
    await expect(storyAuthOf(context).client.session.getState().status).toBe('signedIn');
  },
};

/** The browser's prompt is open and the person has not answered yet. */
export const WaitingForPasskey: Story = {
  parameters: { authflow: memberWithPasskey({ person: 'waits' }) },
  play: async (context) => {
    await context.userEvent.click(await context.canvas.findByRole('button', passkeyButton));
    const button = await context.canvas.findByRole('button', { name: 'Waiting for your passkey…' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

/** The browser can offer passkeys under the email field (conditional UI); a request waits there. */
export const AutofillOffered: Story = {
  parameters: { authflow: memberWithPasskey({ browser: 'webauthn-with-autofill' }) },
  play: async (context) => {
    const webAuthn = storyWebAuthnOf(context);
    const email = await context.canvas.findByLabelText('Email address');
    await waitFor(() => expect(email).toHaveAttribute('autocomplete', 'username webauthn'));
    await waitFor(() => expect(webAuthn.autofillWaiting).toBe(true));
    await expect(context.canvas.getByRole('button', passkeyButton)).toBeEnabled();
  },
};

/** The person picks the passkey the email field's autofill offers. */
export const SignInFromAutofill: Story = {
  parameters: AutofillOffered.parameters,
  play: async (context) => {
    const webAuthn = storyWebAuthnOf(context);
    await context.userEvent.click(await context.canvas.findByLabelText('Email address'));
    await waitFor(() => expect(webAuthn.autofillWaiting).toBe(true));
    webAuthn.pickFromAutofill();
    await expectSignedIn(context);
  },
};

/** No WebAuthn in this browser: no passkey control, and nothing asked of the backend. */
export const UnsupportedBrowser: Story = {
  parameters: { authflow: memberWithPasskey({ browser: 'no-webauthn' }) },
  play: async (context) => {
    await expectPasswordForm(context);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(context.canvas.queryByRole('button', passkeyButton)).toBeNull();
    await expect(storyAuthOf(context).requests).toEqual([]);
  },
};

/** Plain AuthFlow (no `passkeys` group in `GET /`): no passkey control, no passkey route asked. */
export const BackendWithoutPasskeys: Story = {
  parameters: { authflow: { passkeys: { backend: 'absent', memberPasskeys: [] } } },
  play: async (context) => {
    await expectPasswordForm(context);
    await settle(context);
    await expect(context.canvas.queryByRole('button', passkeyButton)).toBeNull();
    await expect(context.canvas.getByLabelText('Email address')).toHaveAttribute('autocomplete', 'username');
    await expect(storyAuthOf(context).requests).toEqual(['/']);
  },
};

/** The person closes the browser's prompt (`NotAllowedError`): no error, the form as it was. */
export const PersonCancels: Story = {
  parameters: { authflow: memberWithPasskey({ person: 'dismisses' }) },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const auth = storyAuthOf(context);
    await userEvent.type(await canvas.findByLabelText('Email address'), 'member@example.com');
    await userEvent.click(canvas.getByRole('button', passkeyButton));
    await waitFor(() => expect(auth.requests).toContain('/auth/passkeys/login/options'));
    await expect(await canvas.findByRole('button', passkeyButton)).toBeEnabled();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByLabelText('Email address')).toHaveValue('member@example.com');
    await expectPasswordForm(context);
    await expect(auth.requests).not.toContain('/auth/passkeys/login/verify');
    await expect(auth.client.session.getState().status).toBe('signedOut');
  },
};

/** The passkey on this device was removed from the account elsewhere: the backend no longer knows it. */
export const PasskeyUnknown: Story = {
  parameters: {
    authflow: memberWithPasskey({
      memberPasskeys: [{ name: 'Old laptop', on: 'this-browser', afterwards: 'removed' }],
    }),
  },
  play: async (context) => {
    await context.userEvent.click(await context.canvas.findByRole('button', passkeyButton));
    await expectAlert(
      context,
      'That passkey was not accepted. Try another one, or sign in with your password.',
    );
    await expectPasswordForm(context);
    await expect(storyAuthOf(context).client.session.getState().status).toBe('signedOut');
  },
};

/** The backend refuses the ceremony at its verify step (the mock's `passkey-rejected` scenario). */
export const PasskeyRefused: Story = {
  parameters: { authflow: { ...memberWithPasskey(), scenario: { name: 'passkey-rejected' } } },
  play: async (context) => {
    await context.userEvent.click(await context.canvas.findByRole('button', passkeyButton));
    await expectAlert(
      context,
      'That passkey was not accepted. Try another one, or sign in with your password.',
    );
    await expect(await context.canvas.findByRole('button', passkeyButton)).toBeEnabled();
    await expect(storyAuthOf(context).client.session.getState().status).toBe('signedOut');
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: PasskeyOffered.play,
};

export const DarkThemeWithError: Story = {
  globals: { theme: 'dark' },
  parameters: PasskeyRefused.parameters,
  play: PasskeyRefused.play,
};
