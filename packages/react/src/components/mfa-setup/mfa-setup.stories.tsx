import type { Meta, StoryObj } from '@storybook/react-vite';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'storybook/test';
import { expectAlert, type PlayTools } from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { MfaSetup } from './mfa-setup.js';

const meta = {
  title: 'Screens/MfaSetup',
  component: MfaSetup,
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
} satisfies Meta<typeof MfaSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Starts set-up and returns the key the screen shows, as a person would read it off. */
async function startSetup({ canvas, userEvent }: PlayTools, canvasElement: HTMLElement): Promise<string> {
  await userEvent.click(await canvas.findByRole('button', { name: 'Set up two-step verification' }));
  await expect(await canvas.findByRole('img', { name: /QR code/ })).toBeVisible();
  const shown = canvasElement.querySelector('[data-af-part="secret"]')?.textContent ?? '';
  return shown.replace(/\s/g, '');
}

function codeFor(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

export const Start: Story = {};

export const Scan: Story = {
  play: async (context) => {
    const secret = await startSetup(context, context.canvasElement);
    await expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  },
};

/** Main flow: a real code from the shown key turns 2FA on and shows the recovery codes. */
export const RecoveryCodesShown: Story = {
  play: async (context) => {
    const secret = await startSetup(context, context.canvasElement);
    // A complete code submits itself.
    await context.userEvent.type(context.canvas.getByLabelText('6-digit code from the app'), codeFor(secret));
    await expect(
      await context.canvas.findByRole('heading', { name: 'Two-step verification is on' }),
    ).toBeVisible();
    await expect(await context.canvas.findByRole('list', { name: 'Your recovery codes' })).toBeVisible();
  },
};

export const WrongCode: Story = {
  play: async (context) => {
    await startSetup(context, context.canvasElement);
    await context.userEvent.type(context.canvas.getByLabelText('6-digit code from the app'), '000000');
    await expectAlert(context, 'That code is not correct. Check it and try again.');
  },
};

export const StartFails: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'member' }, scenario: 'server-error' } },
  play: async (context) => {
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: 'Set up two-step verification' }),
    );
    await expectAlert(context, /Something went wrong on our side/);
  },
};

/** 2FA is on (the session began with a second factor): the screen offers only turning it off, behind the password. */
export const TurnOff: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Turn off two-step verification' }));
    await expect(await canvas.findByLabelText('Password')).toBeVisible();
  },
};

/** Once off, set-up is offered again. */
export const TurnedOff: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' } } },
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await TurnOff.play?.(context);
    await context.userEvent.type(context.canvas.getByLabelText('Password'), mfa.password);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Turn off' }));
    await expect(await context.canvas.findByText('Two-step verification is off.')).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: 'Set up two-step verification' })).toBeVisible();
  },
};

/** An app that cannot tell overrides the session with `status="unknown"`: both actions. */
export const UnknownStatus: Story = {
  args: { status: 'unknown' },
};

export const SignedOut: Story = {
  parameters: { authflow: { session: { as: 'nobody' } } },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: Scan.play,
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  parameters: {
    authflow: {
      session: { as: 'seeded', account: 'member' },
    },
  },
};
