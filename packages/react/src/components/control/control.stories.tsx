import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Protect } from './protect.js';
import { SignedIn } from './signed-in.js';
import { SignedOut } from './signed-out.js';

/** What the page shows around the kit, depending on the session. */
function SessionAwarePage() {
  return (
    <div>
      <SignedIn>
        <p>Welcome back: your notes are below.</p>
      </SignedIn>
      <SignedOut>
        <p>Sign in to see your notes.</p>
      </SignedOut>
      <Protect roles="admin" fallback={<p>The admin panel is for administrators.</p>}>
        <p>Admin panel</p>
      </Protect>
    </div>
  );
}

const meta = {
  title: 'Control/SignedIn, SignedOut and Protect',
  component: SessionAwarePage,
} satisfies Meta<typeof SessionAwarePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedOutVisitor: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Sign in to see your notes.')).toBeVisible();
    await expect(canvas.queryByText('Welcome back: your notes are below.')).toBeNull();
    await expect(canvas.getByText('The admin panel is for administrators.')).toBeVisible();
  },
};

export const SignedInMember: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Welcome back: your notes are below.')).toBeVisible();
    await expect(canvas.getByText('The admin panel is for administrators.')).toBeVisible();
    await expect(canvas.queryByText('Admin panel')).toBeNull();
  },
};
