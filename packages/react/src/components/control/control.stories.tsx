import { createProxyAuthClient } from '@authflow-ui/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect } from 'storybook/test';
import { AuthProvider } from '../../provider/auth-provider.js';
import { Protect } from './protect.js';
import { SessionLoading } from './session-loading.js';
import { SignedIn } from './signed-in.js';
import { SignedOut } from './signed-out.js';

const texts = {
  loading: 'Checking who is signed in…',
  signedIn: 'Welcome back: your notes are below.',
  signedOut: 'Sign in to see your notes.',
  adminOnly: 'The admin panel is for administrators.',
};

/** What the page shows around the kit, depending on the session. */
function SessionAwarePage() {
  return (
    <div>
      <SessionLoading>
        <p>{texts.loading}</p>
      </SessionLoading>
      <SignedIn>
        <p>{texts.signedIn}</p>
      </SignedIn>
      <SignedOut>
        <p>{texts.signedOut}</p>
      </SignedOut>
      <Protect roles="admin" fallback={<p>{texts.adminOnly}</p>}>
        <p>Admin panel</p>
      </Protect>
    </div>
  );
}

/**
 * An `AuthProvider` in proxy mode whose question to the proxy (who is signed in?) is never
 * answered: the page stays where a slow proxy leaves it for a moment after each load.
 */
function UnansweredProxyProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() =>
    createProxyAuthClient({
      baseUrl: '/api/auth',
      fetch: () => new Promise<Response>(() => {}),
      // Without this the request would give up after the default 15 s and the page turn signed out.
      timeoutMs: 60 * 60 * 1000,
      crossTabSync: false,
    }),
  );
  return <AuthProvider client={client}>{children}</AuthProvider>;
}

const meta = {
  title: 'Control/SessionLoading, SignedIn, SignedOut and Protect',
  component: SessionAwarePage,
} satisfies Meta<typeof SessionAwarePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignedOutVisitor: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(texts.signedOut)).toBeVisible();
    await expect(canvas.queryByText(texts.signedIn)).toBeNull();
    await expect(canvas.getByText(texts.adminOnly)).toBeVisible();
    await expect(canvas.queryByText(texts.loading)).toBeNull();
  },
};

export const SignedInMember: Story = {
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(texts.signedIn)).toBeVisible();
    await expect(canvas.getByText(texts.adminOnly)).toBeVisible();
    await expect(canvas.queryByText('Admin panel')).toBeNull();
    await expect(canvas.queryByText(texts.loading)).toBeNull();
  },
};

/**
 * Proxy mode only: until the proxy says who is signed in, neither `SignedIn` nor `SignedOut`
 * (nor `Protect`'s fallback) shows, and `SessionLoading` fills the gap.
 */
export const SessionLoadingInProxyMode: Story = {
  render: () => (
    <UnansweredProxyProvider>
      <SessionAwarePage />
    </UnansweredProxyProvider>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(texts.loading)).toBeVisible();
    await expect(canvas.queryByText(texts.signedIn)).toBeNull();
    await expect(canvas.queryByText(texts.signedOut)).toBeNull();
    await expect(canvas.queryByText(texts.adminOnly)).toBeNull();
    await expect(canvas.queryByText('Admin panel')).toBeNull();
  },
};
