import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { Protect } from './protect.js';
import { SignedIn } from './signed-in.js';
import { SignedOut } from './signed-out.js';

const member = { email: 'member@example.com', fullname: 'Max Member', role: 'user', orgId: 'org-1' };

function Gates() {
  return (
    <>
      <SignedIn>
        <p>signed-in content</p>
      </SignedIn>
      <SignedOut>
        <p>signed-out content</p>
      </SignedOut>
      <Protect roles="admin" fallback={<p>admins only</p>}>
        <p>admin panel</p>
      </Protect>
      <Protect roles={['user', 'admin']} fallback={<p>members only</p>}>
        <p>member area</p>
      </Protect>
      <Protect condition={(user) => user.email.endsWith('@example.com')}>
        <p>example.com staff</p>
      </Protect>
    </>
  );
}

describe('SignedIn, SignedOut and Protect', () => {
  describe('given nobody is signed in', () => {
    it('shows only signed-out content and every fallback', () => {
      renderWithAuth(<Gates />);
      expect(screen.getByText('signed-out content')).toBeTruthy();
      expect(screen.queryByText('signed-in content')).toBeNull();
      expect(screen.getByText('admins only')).toBeTruthy();
      expect(screen.getByText('members only')).toBeTruthy();
      expect(screen.queryByText('example.com staff')).toBeNull();
    });
  });

  describe('given a signed-in member', () => {
    it('shows signed-in content and protects by role and condition', () => {
      renderWithAuth(<Gates />, { client: createTestClient({ signedInAs: member }) });
      expect(screen.getByText('signed-in content')).toBeTruthy();
      expect(screen.queryByText('signed-out content')).toBeNull();
      expect(screen.getByText('admins only')).toBeTruthy();
      expect(screen.queryByText('admin panel')).toBeNull();
      expect(screen.getByText('member area')).toBeTruthy();
      expect(screen.getByText('example.com staff')).toBeTruthy();
    });

    it('when the session ends, it switches to signed-out content at once', async () => {
      const client = createTestClient({ signedInAs: member, baseUrl: 'http://127.0.0.1:9' });
      renderWithAuth(<Gates />, { client });
      await client.signOut();
      await waitFor(() => expect(screen.getByText('signed-out content')).toBeTruthy());
      expect(screen.queryByText('member area')).toBeNull();
    });
  });
});
