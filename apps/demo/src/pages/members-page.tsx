import { type AuthError, isAuthError } from '@authflow-ui/core';
import { ErrorAlert, Protect, useAuthClient } from '@authflow-ui/react';
import { type FormEvent, useId, useState } from 'react';
import { useDemoAuth } from '../demo-auth/demo-auth-context.js';

type DeleteState =
  | { status: 'idle' }
  | { status: 'confirming'; email: string }
  | { status: 'deleting'; email: string }
  | { status: 'deleted'; email: string }
  | { status: 'failed'; error: AuthError };

function DeleteMemberForm({ knownMembers }: { knownMembers: readonly string[] }) {
  const client = useAuthClient();
  const [email, setEmail] = useState('');
  const [state, setState] = useState<DeleteState>({ status: 'idle' });
  const inputId = useId();
  const hintId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = email.trim();
    if (target === '') return;
    setState({ status: 'confirming', email: target });
  };

  const confirm = async (target: string) => {
    setState({ status: 'deleting', email: target });
    try {
      await client.deleteUser({ userEmail: target });
      setState({ status: 'deleted', email: target });
      setEmail('');
    } catch (error) {
      if (!isAuthError(error)) throw error;
      setState({ status: 'failed', error });
    }
  };

  return (
    <div className="panel">
      <h2>Remove a member</h2>
      <p id={hintId} className="muted">
        AuthFlow has no route that lists an organization's members, so type the email of the person to remove.
        The organization owner cannot be removed.
      </p>
      <form className="member-form" onSubmit={onSubmit}>
        <label htmlFor={inputId}>Member email</label>
        <input
          id={inputId}
          type="email"
          autoComplete="off"
          aria-describedby={hintId}
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (state.status !== 'deleting') setState({ status: 'idle' });
          }}
        />
        <button type="submit" className="button" disabled={state.status === 'deleting'}>
          Remove member
        </button>
      </form>
      {state.status === 'confirming' && (
        <div className="confirm" role="alertdialog" aria-label="Confirm removal">
          <p>
            Remove <bdi>{state.email}</bdi> from the organization? They will no longer be able to sign in.
          </p>
          <button type="button" className="button danger" onClick={() => void confirm(state.email)}>
            Yes, remove <bdi>{state.email}</bdi>
          </button>
          <button type="button" className="link-button" onClick={() => setState({ status: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      {state.status === 'deleting' && <p role="status">Removing…</p>}
      {state.status === 'deleted' && (
        <p role="status" className="success">
          <bdi>{state.email}</bdi> was removed.
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {knownMembers.length > 0 && (
        <div className="known-members">
          <h3>Accounts of the embedded mock</h3>
          <p className="muted">Shown in demo mode only, to save typing.</p>
          <ul>
            {knownMembers.map((member) => (
              <li key={member}>
                <button type="button" className="link-button" onClick={() => setEmail(member)}>
                  <bdi>{member}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Owner-only: remove a member. The server checks ownership again; this only shapes the page. */
export function MembersPage() {
  const auth = useDemoAuth();
  const knownMembers =
    auth.mode === 'embedded' ? [auth.mock.seeded.member.email, auth.mock.seeded.mfa.email] : [];
  return (
    <section className="page">
      <h1>Members</h1>
      <Protect
        condition={(user) => user.email === auth.ownerEmail}
        fallback={
          <p className="panel">
            Only the organization owner manages members.
            {auth.ownerEmail === null && ' Set VITE_AUTH_OWNER_EMAIL to name the owner.'}
          </p>
        }
      >
        <DeleteMemberForm knownMembers={knownMembers} />
      </Protect>
    </section>
  );
}
