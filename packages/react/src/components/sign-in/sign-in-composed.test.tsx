import { screen, waitFor, within } from '@testing-library/react';
import { createRef, type FormEvent, type MouseEvent, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { spendRecoveryCodes } from '../../test-support/spend-recovery-codes.js';
import { totpCode, wrongTotpCode } from '../../test-support/totp-code.js';
import { MfaChallenge } from '../mfa-challenge/mfa-challenge.js';
import { SignIn, type SignInProps } from './sign-in.js';

const server = serveMockAuthFlow();
const totpSecret = 'JBSWY3DPEHPK3PXP';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The requests that move a sign-in on: the password, then the second factor. */
function isSignInStep(path: string): boolean {
  return path === '/auth/login' || path.startsWith('/auth/2fa/');
}

/**
 * An app's own sign-in page: its own headings and words, its own pitch between the kit's parts,
 * the failure message below the form, and its own second step composed from MfaChallenge parts.
 */
function AcmeSignIn(props: SignInProps) {
  return (
    <SignIn.Root {...props}>
      <div className="acme-split">
        <div className="acme-pitch">
          <p>Acme ships your parcels overnight.</p>
        </div>
        <SignIn.Step step="password">
          <SignIn.Card>
            <SignIn.Title>Welcome back to Acme</SignIn.Title>
            <SignIn.Form>
              <SignIn.EmailField />
              <p className="acme-note">Use the email address on your Acme invoice.</p>
              <SignIn.PasswordField />
              <SignIn.Submit>Continue to Acme</SignIn.Submit>
            </SignIn.Form>
            <SignIn.Error />
            <SignIn.Footer>
              <SignIn.Link href="/help">Trouble signing in?</SignIn.Link>
            </SignIn.Footer>
          </SignIn.Card>
        </SignIn.Step>
        <SignIn.Step step="mfa">
          <MfaChallenge.Root>
            <MfaChallenge.Card>
              <MfaChallenge.Title>Confirm it is you</MfaChallenge.Title>
              <MfaChallenge.Method method="totp">
                <MfaChallenge.Form>
                  <MfaChallenge.Field name="code">
                    <MfaChallenge.Label>Code from your Acme authenticator</MfaChallenge.Label>
                    <MfaChallenge.CodeInput />
                    <MfaChallenge.FieldError />
                  </MfaChallenge.Field>
                  <MfaChallenge.Submit>Confirm</MfaChallenge.Submit>
                </MfaChallenge.Form>
              </MfaChallenge.Method>
              <MfaChallenge.Error />
              <MfaChallenge.Footer>
                <MfaChallenge.BackButton>Use another account</MfaChallenge.BackButton>
              </MfaChallenge.Footer>
            </MfaChallenge.Card>
          </MfaChallenge.Root>
        </SignIn.Step>
        <SignIn.Step step="signedIn">
          <p>Welcome aboard, your parcels are waiting.</p>
        </SignIn.Step>
      </div>
    </SignIn.Root>
  );
}

async function submitPassword(
  user: ReturnType<typeof renderWithAuth>['user'],
  email: string,
  password: string,
): Promise<void> {
  await user.type(screen.getByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Continue to Acme' }));
}

/**
 * Renders `ui` under the provider alone, as an app that forgot the Root would. The failure is
 * React's render error; React also logs it, which says nothing new here.
 */
function renderWithoutRoot(ui: ReactElement): () => void {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => renderWithAuth(ui);
}

describe('given SignIn composed from its parts in an app layout', () => {
  describe('when the 2FA account signs in', () => {
    it('shows the app layout on both steps and signs in with a real authenticator code', async () => {
      const onSignedIn = vi.fn();
      const { user, container, client } = renderWithAuth(<AcmeSignIn onSignedIn={onSignedIn} />);
      expect(screen.getByRole('heading', { name: 'Welcome back to Acme' })).toBeTruthy();
      expect(screen.getByText('Acme ships your parcels overnight.')).toBeTruthy();
      // The app's note sits between the kit's fields, where the app put it.
      const note = screen.getByText('Use the email address on your Acme invoice.');
      const email = screen.getByLabelText('Email address');
      const password = screen.getByLabelText('Password');
      expect(email.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(note.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await expectNoAxeViolations(container);

      const { email: address, password: secret } = server.mock.seeded.mfa;
      await submitPassword(user, address, secret);
      expect(await screen.findByRole('heading', { name: 'Confirm it is you' })).toBeTruthy();
      expect(screen.getByText('Acme ships your parcels overnight.')).toBeTruthy();
      expect(screen.queryByLabelText('Password')).toBeNull();
      const code = screen.getByLabelText('Code from your Acme authenticator');
      await waitFor(() => expect(document.activeElement).toBe(code));
      await expectNoAxeViolations(container);

      await user.type(code, totpCode(totpSecret));
      await screen.findByText('Welcome aboard, your parcels are waiting.');
      expect(onSignedIn).toHaveBeenCalledTimes(1);
      expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ user: { email: 'mfa@example.com' } });
      expect(client.session.getState().status).toBe('signedIn');
      expect(server.requests.filter(isSignInStep)).toEqual(['/auth/login', '/auth/2fa/verify-2fa']);
    });

    it('after a wrong code, shows the app placed failure; the back button returns to its password step', async () => {
      const { user } = renderWithAuth(<AcmeSignIn />);
      await submitPassword(user, server.mock.seeded.mfa.email, server.mock.seeded.mfa.password);
      const code = await screen.findByLabelText('Code from your Acme authenticator');
      await user.type(code, wrongTotpCode(totpSecret));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('That code is not correct.');
      // Below the form, where this app composed it.
      expect(code.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Use another account' }));
      expect(await screen.findByRole('heading', { name: 'Welcome back to Acme' })).toBeTruthy();
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('mfa@example.com');
      expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    });
  });

  describe('when a recovery-code sign-in leaves few codes', () => {
    it('shows the kit notice before the app step, and finishes the sign-in once it is read', async () => {
      const seeded = server.mock.seeded.mfa;
      await spendRecoveryCodes(createTestClient(), seeded, 7);
      const navigate = vi.fn();
      const { user } = renderWithAuth(
        <SignIn.Root redirectTo="/parcels" navigate={navigate} recoveryCodesHref="/settings/codes">
          <SignIn.Step step="password">
            <SignIn.Form>
              <SignIn.EmailField />
              <SignIn.PasswordField />
              <SignIn.Submit>Continue to Acme</SignIn.Submit>
            </SignIn.Form>
          </SignIn.Step>
          <SignIn.Step step="mfa">
            <MfaChallenge.Root />
          </SignIn.Step>
          <SignIn.Step step="signedIn">
            <p>Welcome aboard, your parcels are waiting.</p>
          </SignIn.Step>
        </SignIn.Root>,
      );
      await submitPassword(user, seeded.email, seeded.password);
      await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
      await user.type(screen.getByLabelText('Recovery code'), `${seeded.recoveryCodes[7]}{Enter}`);
      await screen.findByRole('heading', { name: 'You are running low on recovery codes' });
      expect(screen.getByText(/You have 2 recovery codes left\./)).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Create new recovery codes' }).getAttribute('href')).toBe(
        '/settings/codes',
      );
      expect(screen.queryByText('Welcome aboard, your parcels are waiting.')).toBeNull();
      expect(navigate).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(navigate).toHaveBeenCalledWith('/parcels');
      expect(screen.getByText('Welcome aboard, your parcels are waiting.')).toBeTruthy();
    });
  });

  describe('when the password is wrong', () => {
    it('shows the failure where the app put it and focuses the emptied password', async () => {
      const { user, container } = renderWithAuth(<AcmeSignIn />);
      await submitPassword(user, 'member@example.com', 'NotThePassword1!');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe('The email address or password is not correct.');
      const password = screen.getByLabelText('Password') as HTMLInputElement;
      expect(password.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await waitFor(() => expect(document.activeElement).toBe(password));
      expect(password.value).toBe('');
      expect(password.getAttribute('aria-describedby')).toContain(alert.id);
      await expectNoAxeViolations(container);
    });
  });
});

describe('given a consumer handler on a SignIn part', () => {
  it('runs the form handler first, and preventDefault in it keeps the kit from checking or sending', async () => {
    const onSubmit = vi.fn((event: FormEvent<HTMLFormElement>) => event.preventDefault());
    const { user } = renderWithAuth(
      <SignIn.Root>
        <SignIn.Form onSubmit={onSubmit}>
          <SignIn.EmailField />
          <SignIn.PasswordField />
          <SignIn.Submit>Sign in</SignIn.Submit>
        </SignIn.Form>
      </SignIn.Root>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // The kit's own check of the empty fields did not run either.
    expect(screen.queryByText('Enter your email address.')).toBeNull();
    await user.type(screen.getByLabelText('Email address'), 'member@example.com');
    await user.type(screen.getByLabelText('Password'), 'MemberPass123!{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(server.requests.filter(isSignInStep)).toEqual([]);
  });

  it('runs a form handler that does not prevent, and signs in as well', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithAuth(
      <SignIn.Root>
        <SignIn.Form onSubmit={onSubmit}>
          <SignIn.EmailField />
          <SignIn.PasswordField />
          <SignIn.Submit>Sign in</SignIn.Submit>
        </SignIn.Form>
        <SignIn.Step step="signedIn">
          <p>In.</p>
        </SignIn.Step>
      </SignIn.Root>,
    );
    await user.type(screen.getByLabelText('Email address'), 'member@example.com');
    await user.type(screen.getByLabelText('Password'), 'MemberPass123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('In.');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(server.requests.filter(isSignInStep)).toEqual(['/auth/login']);
  });

  it('lets a submit button handler stop the submission, and a toggle handler keep the password hidden', async () => {
    const onClick = vi.fn((event: MouseEvent<HTMLButtonElement>) => event.preventDefault());
    const onToggle = vi.fn((event: MouseEvent<HTMLButtonElement>) => event.preventDefault());
    const { user } = renderWithAuth(
      <SignIn.Root>
        <SignIn.Form>
          <SignIn.EmailField />
          <SignIn.Field name="password">
            <SignIn.Label>Password</SignIn.Label>
            <SignIn.InputGroup>
              <SignIn.Input type="password" autoComplete="current-password" />
              <SignIn.PasswordToggle onClick={onToggle} />
            </SignIn.InputGroup>
            <SignIn.FieldError />
          </SignIn.Field>
          <SignIn.Submit onClick={onClick}>Sign in</SignIn.Submit>
        </SignIn.Form>
      </SignIn.Root>,
    );
    await user.type(screen.getByLabelText('Email address'), 'member@example.com');
    await user.type(screen.getByLabelText('Password'), 'MemberPass123!');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(server.requests.filter(isSignInStep)).toEqual([]);
  });
});

describe('given refs and appearance classes on composed SignIn parts', () => {
  it('forwards each ref to its element, which keeps its part name, kit class, appearance class and own class', async () => {
    const refs = {
      root: createRef<HTMLDivElement>(),
      card: createRef<HTMLDivElement>(),
      title: createRef<HTMLHeadingElement>(),
      form: createRef<HTMLFormElement>(),
      emailField: createRef<HTMLDivElement>(),
      passwordField: createRef<HTMLDivElement>(),
      roleField: createRef<HTMLDivElement>(),
      submit: createRef<HTMLButtonElement>(),
      error: createRef<HTMLDivElement>(),
      link: createRef<HTMLAnchorElement>(),
    };
    const { user } = renderWithAuth(
      <SignIn.Root ref={refs.root} className="acme-root" roles={['user', 'admin']}>
        <SignIn.Card ref={refs.card} className="acme-card">
          <SignIn.Title ref={refs.title} level={2} className="acme-title">
            Acme sign-in
          </SignIn.Title>
          <SignIn.Error ref={refs.error} className="acme-error" />
          <SignIn.Form ref={refs.form} className="acme-form">
            <SignIn.EmailField ref={refs.emailField} className="acme-field" />
            <SignIn.PasswordField ref={refs.passwordField} className="acme-field" />
            <SignIn.RoleField ref={refs.roleField} className="acme-field" />
            <SignIn.Submit ref={refs.submit} className="acme-button">
              Sign in
            </SignIn.Submit>
          </SignIn.Form>
          <SignIn.Link ref={refs.link} href="/help" className="acme-link">
            Help
          </SignIn.Link>
        </SignIn.Card>
      </SignIn.Root>,
      {
        providerProps: {
          appearance: {
            classNames: {
              root: 'theme-root',
              card: 'theme-card',
              title: 'theme-title',
              form: 'theme-form',
              field: 'theme-field',
              button: 'theme-button',
              alert: 'theme-alert',
              link: 'theme-link',
            },
          },
        },
      },
    );
    const expectPart = (element: Element | null, part: string, theme: string, own: string) => {
      expect(element?.getAttribute('data-af-part')).toBe(part);
      expect(element?.className).toBe(`af-${part} ${theme} ${own}`);
    };
    expect(refs.title.current).toBe(screen.getByRole('heading', { level: 2, name: 'Acme sign-in' }));
    expect(refs.form.current).toBe(screen.getByRole('button', { name: 'Sign in' }).closest('form'));
    expect(refs.emailField.current).toBe(
      screen.getByLabelText('Email address').closest('[data-af-part="field"]'),
    );
    expect(refs.passwordField.current?.contains(screen.getByLabelText('Password'))).toBe(true);
    expect(refs.roleField.current?.contains(screen.getByRole('combobox', { name: 'Role' }))).toBe(true);
    expect(refs.submit.current).toBe(screen.getByRole('button', { name: 'Sign in' }));
    expect(refs.link.current).toBe(screen.getByRole('link', { name: 'Help' }));
    expectPart(refs.root.current, 'root', 'theme-root', 'acme-root');
    expectPart(refs.card.current, 'card', 'theme-card', 'acme-card');
    expectPart(refs.title.current, 'title', 'theme-title', 'acme-title');
    expectPart(refs.form.current, 'form', 'theme-form', 'acme-form');
    expectPart(refs.emailField.current, 'field', 'theme-field', 'acme-field');
    expectPart(refs.passwordField.current, 'field', 'theme-field', 'acme-field');
    expectPart(refs.roleField.current, 'field', 'theme-field', 'acme-field');
    expectPart(refs.submit.current, 'button', 'theme-button', 'acme-button');
    expectPart(refs.link.current, 'link', 'theme-link', 'acme-link');
    expect(refs.root.current?.getAttribute('data-state')).toBe('password');
    expect(refs.error.current).toBeNull();

    await user.type(screen.getByLabelText('Email address'), 'member@example.com');
    await user.type(screen.getByLabelText('Password'), 'Wrong12345!{Enter}');
    const alert = await screen.findByRole('alert');
    expect(refs.error.current).toBe(alert);
    expectPart(alert, 'alert', 'theme-alert', 'acme-error');
    expect(alert.getAttribute('data-state')).toBe('error');
    expect(within(refs.emailField.current ?? document.body).getByLabelText('Email address')).toBeTruthy();
  });
});

describe('given a SignIn part outside SignIn.Root', () => {
  it.each([
    ['Step', () => <SignIn.Step step="password">Hi</SignIn.Step>],
    ['Steps', () => <SignIn.Steps />],
    ['Error', () => <SignIn.Error />],
    ['RoleField', () => <SignIn.RoleField />],
  ])('SignIn.%s throws, naming itself and the Root', (part, ui) => {
    expect(renderWithoutRoot(ui())).toThrow(
      `AuthFlow UI: <SignIn.${part}> must be rendered inside <SignIn.Root>.`,
    );
  });

  it.each([
    ['Form', () => <SignIn.Form />],
    ['Field', () => <SignIn.EmailField />],
    ['Submit', () => <SignIn.Submit />],
  ])('a form part (%s) throws, asking for a screen Root', (part, ui) => {
    expect(renderWithoutRoot(ui())).toThrow(
      `AuthFlow UI: <${part}> must be rendered inside a screen's <Root>.`,
    );
  });

  it('SignIn.Label outside a Field throws, asking for a Field', () => {
    expect(
      renderWithoutRoot(
        <SignIn.Root>
          <SignIn.Label>Email</SignIn.Label>
        </SignIn.Root>,
      ),
    ).toThrow('AuthFlow UI: <Label> must be rendered inside a <Field>.');
  });

  it('a MfaChallenge part inside SignIn.Root but outside MfaChallenge.Root throws, naming its Root', () => {
    expect(
      renderWithoutRoot(
        <SignIn.Root>
          <MfaChallenge.BackButton />
        </SignIn.Root>,
      ),
    ).toThrow('AuthFlow UI: <MfaChallenge.BackButton> must be rendered inside <MfaChallenge.Root>.');
  });
});
