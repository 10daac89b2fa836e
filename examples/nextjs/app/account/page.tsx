import { redirect } from 'next/navigation';
import { serverSession } from '../../server-session';
import { AccountMenu } from './account-menu';

/** Rendered on the server for the signed-in user only; anyone else is redirected before any HTML. */
export default async function AccountPage() {
  const session = await serverSession();
  if (session.status !== 'signedIn') redirect('/sign-in?redirect_url=%2Faccount');
  const { user } = session;
  return (
    <>
      <h1>Hello, {user.fullname}</h1>
      <dl>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <AccountMenu />
    </>
  );
}
