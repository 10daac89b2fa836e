import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectAlert } from '../../../../../.storybook/play-helpers.js';
import { storyAuthOf } from '../../../../../.storybook/story-auth.js';
import { RecoveryCodes } from './recovery-codes.js';

const shownCodes = [
  'Q3M7X2KD',
  'T8VNR4LA',
  'H5ZC9PWE',
  'B2J6YFQ8',
  'N7K4DMXR',
  'W9E3UTGC',
  'F6R8LBZA',
  'P4X2HNVS',
  'Y7G5QKCM',
  'D3T9JWRE',
];

const meta = {
  title: 'Screens/RecoveryCodes',
  component: RecoveryCodes,
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' } } },
} satisfies Meta<typeof RecoveryCodes>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Right after set-up: the codes, ways to keep them, and the acknowledgement. */
export const CodesShown: Story = { args: { codes: shownCodes } };

export const MustAcknowledge: Story = {
  args: { codes: shownCodes },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Done' }));
    await expect(await canvas.findByText('Confirm that you saved the codes.')).toBeVisible();
  },
};

export const Saved: Story = {
  args: { codes: shownCodes },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByLabelText('I have saved these codes'));
    await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
    await expect(await canvas.findByRole('status')).toBeVisible();
  },
};

/** Later: AuthFlow never shows old codes again, so the screen offers new ones behind the password. */
export const Regenerate: Story = {};

export const Regenerated: Story = {
  play: async (context) => {
    const { mfa } = storyAuthOf(context).mock.seeded;
    await context.userEvent.type(await context.canvas.findByLabelText('Password'), mfa.password);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Create new codes' }));
    await expect(await context.canvas.findByRole('list', { name: 'Your recovery codes' })).toBeVisible();
  },
};

export const WrongPassword: Story = {
  play: async (context) => {
    await context.userEvent.type(await context.canvas.findByLabelText('Password'), 'NotMyPassword1!');
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Create new codes' }));
    await expectAlert(context, /not correct/);
  },
};

/** Two-step verification is off: there are no codes to replace, so no password is asked. */
export const WithoutTwoFactor: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Recovery codes come with two-step verification/)).toBeVisible();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { codes: shownCodes } };

export const CustomAppearance: Story = {
  args: { codes: shownCodes },
  parameters: {
    authflow: {
      session: { as: 'seeded', account: 'mfa' },
      appearance: { variables: { colorPrimary: '#b45309', fontFamily: '"Courier New", monospace' } },
    },
  },
};

export const Unstyled: Story = {
  args: { codes: shownCodes },
  parameters: { authflow: { session: { as: 'seeded', account: 'mfa' }, appearance: { unstyled: true } } },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-SA' },
  args: { codes: shownCodes },
  parameters: {
    authflow: {
      session: { as: 'seeded', account: 'mfa' },
    },
  },
};
