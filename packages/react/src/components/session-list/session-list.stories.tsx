import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AuthError, type DeviceSession } from '../../../../core/src/index.js';
import { useReverification } from '../../hooks/use-reverification.js';
import type {
  SessionListController,
  SessionListOutcome,
  SessionListState,
} from '../../hooks/use-session-list.js';
import { SessionList, SessionListView } from './session-list.js';

const minute = 60_000;

function devices(now: number): DeviceSession[] {
  return [
    {
      id: 'this-one',
      browser: 'Chrome',
      os: 'macOS',
      network: '203.0.113.0/24',
      createdAt: now - 3 * 60 * minute,
      lastSeenAt: now,
      current: true,
    },
    {
      id: 'phone',
      browser: 'Safari',
      os: 'iOS',
      network: '198.51.100.0/24',
      createdAt: now - 2 * 24 * 60 * minute,
      lastSeenAt: now - 25 * minute,
      current: false,
    },
    {
      id: 'old-laptop',
      browser: null,
      os: 'Windows',
      network: null,
      createdAt: now - 9 * 24 * 60 * minute,
      lastSeenAt: now - 3 * 24 * 60 * minute,
      current: false,
    },
  ];
}

interface ListAtProps {
  state: 'loading' | 'devices' | 'onlyThisDevice' | 'revoking' | 'revoked' | 'failed' | 'loadFailed';
}

/** The view in one state of `useSessionList`, as the proxy would have answered. */
function ListAt({ state }: ListAtProps) {
  const reverification = useReverification((action: () => Promise<SessionListOutcome>) => action());
  const now = Date.now();
  const all = devices(now);
  const listed: SessionListState =
    state === 'loading'
      ? { status: 'loading' }
      : state === 'loadFailed'
        ? { status: 'error', error: new AuthError('network', 'The proxy cannot be reached') }
        : { status: 'ready', sessions: state === 'onlyThisDevice' ? all.slice(0, 1) : all };
  const phone = all[1];
  const list: SessionListController = {
    state: listed,
    pending: state === 'revoking' ? 'phone' : null,
    outcome:
      state === 'revoked' && phone
        ? { type: 'revoked', session: phone }
        : state === 'failed'
          ? { type: 'failed', error: new AuthError('rate_limited', 'Too many requests', { retryAfter: 30 }) }
          : null,
    reload: async () => {},
    revoke: async () => {},
    revokeOthers: async () => {},
    reverification,
  };
  return <SessionListView list={list} />;
}

const meta = {
  title: 'Screens/SessionList',
  component: ListAt,
  parameters: { authflow: { session: { as: 'seeded', account: 'member' } } },
  args: { state: 'devices' },
} satisfies Meta<typeof ListAt>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Devices: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Chrome on macOS')).toBeVisible();
    await expect(canvas.getByText(/This device/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign out Safari on iOS' })).toBeVisible();
    await expect(canvas.getByText('Unknown browser on Windows', { selector: 'strong' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign out of all other devices' })).toBeVisible();
  },
};

export const Loading: Story = { args: { state: 'loading' } };

export const OnlyThisDevice: Story = {
  args: { state: 'onlyThisDevice' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('You are not signed in on any other device.')).toBeVisible();
  },
};

export const Revoking: Story = { args: { state: 'revoking' } };

export const Revoked: Story = {
  args: { state: 'revoked' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Safari on iOS was signed out.');
  },
};

export const RevokeFailed: Story = { args: { state: 'failed' } };

export const LoadFailed: Story = { args: { state: 'loadFailed' } };

/** Against AuthFlow itself (no proxy), which keeps no session list. */
export const Unsupported: StoryObj = {
  render: () => <SessionList />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This app does not keep a list of your devices.')).toBeVisible();
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const Unstyled: Story = {
  parameters: {
    authflow: { session: { as: 'seeded', account: 'member' }, appearance: { unstyled: true } },
  },
};
