import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAuth } from '../hooks/use-auth.js';
import { createTestClient } from '../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../test-support/serve-mock-auth-flow.js';
import { AuthProvider } from './auth-provider.js';

const server = serveMockAuthFlow();

function HostQuery() {
  const notes = useQuery({ queryKey: ['notes'], queryFn: () => 'the host answered' });
  return <p>{notes.data ?? 'waiting'}</p>;
}

describe('given an app with its own QueryClientProvider above AuthProvider', () => {
  it('the app’s queries below AuthProvider still use the app’s client', async () => {
    const hostClient = new QueryClient();
    hostClient.setQueryData(['notes'], 'cached by the host');
    render(
      <QueryClientProvider client={hostClient}>
        <AuthProvider client={createTestClient()}>
          <HostQuery />
        </AuthProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByText('cached by the host')).toBeTruthy();
  });

  it('the kit’s own calls land in the client passed as `queryClient`', async () => {
    const hostClient = new QueryClient();
    const client = createTestClient();
    await client.signIn(server.mock.seeded.member);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AuthProvider client={client} queryClient={hostClient}>
        {children}
      </AuthProvider>
    );
    const { result } = renderHook(() => useAuth(), { wrapper });
    await act(() => result.current.signOut());
    expect(result.current.status).toBe('signedOut');
    expect(hostClient.getMutationCache().getAll()).toHaveLength(1);
  });
});

describe('given an app without any QueryClientProvider', () => {
  it('the kit’s hooks work, and an app query below it is not silently served by the kit', async () => {
    const client = createTestClient();
    await client.signIn(server.mock.seeded.member);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AuthProvider client={client}>{children}</AuthProvider>
    );
    const { result } = renderHook(() => useAuth(), { wrapper });
    await act(() => result.current.signOut());
    await waitFor(() => expect(result.current.status).toBe('signedOut'));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useQueryClient(), { wrapper })).toThrow(/No QueryClient set/);
    consoleError.mockRestore();
  });
});
