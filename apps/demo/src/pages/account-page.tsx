import { ChangePassword, MfaSetup, RecoveryCodes, SessionList, useUser } from '@authflow-ui/react';
import { useMfaStatus } from './use-mfa-status.js';

/**
 * Profile, two-step verification, recovery codes, devices and password, each in its own section.
 * Ending a device session and changing the password ask for the password again once the proxy's
 * re-authentication window has passed.
 */
export function AccountPage() {
  const user = useUser();
  const email = user?.email ?? '';
  const [mfaStatus, setMfaStatus] = useMfaStatus(email);
  return (
    <section className="page account">
      <h1>Account</h1>
      <section aria-labelledby="profile-title" className="panel">
        <h2 id="profile-title">Profile</h2>
        <dl className="profile">
          <dt>Name</dt>
          <dd>
            <bdi>{user?.fullname}</bdi>
          </dd>
          <dt>Email</dt>
          <dd>
            <bdi>{email}</bdi>
          </dd>
          <dt>Role</dt>
          <dd>{user?.role}</dd>
          <dt>Organization</dt>
          <dd>
            <code>{user?.orgId}</code>
          </dd>
        </dl>
      </section>
      <div id="two-step" className="account-card">
        <MfaSetup
          key={`mfa-${email}`}
          status={mfaStatus}
          onEnabled={() => setMfaStatus('enabled')}
          onDisabled={() => setMfaStatus('disabled')}
        />
      </div>
      <div id="recovery-codes" className="account-card">
        <RecoveryCodes key={`codes-${email}`} />
      </div>
      <div id="devices" className="account-card">
        <SessionList key={`devices-${email}`} />
      </div>
      <div id="password" className="account-card">
        <ChangePassword key={`password-${email}`} />
      </div>
    </section>
  );
}
