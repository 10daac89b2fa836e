import {
  ChangePassword,
  MfaSetup,
  PasskeyManager,
  RecoveryCodes,
  SessionList,
  useSession,
} from '@authflow-ui/react';

/**
 * Profile, two-step verification, recovery codes, passkeys, devices and password, as cards on
 * one grid. Recovery codes exist only while two-step verification is on, so their card shows
 * only then; passkeys only where the backend serves them (the card is empty, and hidden, otherwise).
 * Ending a device session and changing the password ask for the password again once the proxy's
 * re-authentication window has passed.
 */
export function AccountPage() {
  const { user, twoFactor } = useSession();
  const email = user?.email ?? '';
  return (
    <section className="page account">
      <h1>Account</h1>
      <section aria-labelledby="profile-title" className="panel profile-card">
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
        <MfaSetup key={`mfa-${email}`} />
      </div>
      {twoFactor === 'enabled' && (
        <div id="recovery-codes" className="account-card">
          <RecoveryCodes key={`codes-${email}`} />
        </div>
      )}
      <div id="passkeys" className="account-card">
        <PasskeyManager key={`passkeys-${email}`} />
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
