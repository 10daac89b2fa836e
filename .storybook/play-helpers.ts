/*
 * Steps the play functions share, written the way a person uses the screens: by label and role.
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect } from 'storybook/test';

export type PlayTools = Pick<StoryContext, 'canvas' | 'userEvent'>;

/** Types an email and password into the sign-in form and submits it. */
export async function submitPassword({ canvas, userEvent }: PlayTools, email: string, password: string) {
  await userEvent.type(await canvas.findByLabelText('Email address'), email);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
}

/** Waits for the second-factor step that follows a correct password of a 2FA account. */
export async function expectTotpStep({ canvas }: PlayTools) {
  await expect(await canvas.findByRole('heading', { name: 'Two-step verification' })).toBeVisible();
}

/** Types a six-digit code; a complete code submits itself, as autofill from an app would. */
export async function enterOneTimeCode({ canvas, userEvent }: PlayTools, label: string, code: string) {
  await userEvent.type(await canvas.findByLabelText(label), code);
}

/** Types a recovery code and presses Verify. */
export async function submitRecoveryCode({ canvas, userEvent }: PlayTools, code: string) {
  await userEvent.type(await canvas.findByLabelText('Recovery code'), code);
  await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
}

/** The sign-in screen's confirmation once a session exists (no redirect in Storybook). */
export async function expectSignedIn({ canvas }: PlayTools) {
  await expect(await canvas.findByText('You are signed in.')).toBeVisible();
}

/** The screen's failure message, found by its role. */
export async function expectAlert({ canvas }: PlayTools, text: string | RegExp) {
  const alert = await canvas.findByRole('alert');
  await expect(alert).toHaveTextContent(text);
  return alert;
}
