import type { MfaChallenge as PendingChallenge } from '@authflow-ui/core';
import { screen, waitFor } from '@testing-library/react';
import { createRef, type FormEvent, type MouseEvent, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { totpCode, wrongTotpCode } from '../../test-support/totp-code.js';
import { MfaChallenge, type MfaChallengeProps } from './mfa-challenge.js';

const server = serveMockAuthFlow();
const totpSecret = 'JBSWY3DPEHPK3PXP';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The password step done by the app's own form: a pending challenge of the 2FA account. */
async function pendingChallenge() {
  const client = createTestClient();
  const result = await client.signIn({ email: 'mfa@example.com', password: 'MfaPass123!' });
  if (result.type !== 'mfa') throw new Error('expected a challenge');
  return { client, challenge: result.challenge };
}

/**
 * An app's compact second step: its own heading, the method switch above the form, both
 * methods' fields in one form with the app's own help line before the button, and the failure
 * at the bottom.
 */
function InlineChallenge(props: MfaChallengeProps & { challenge: PendingChallenge }) {
  return (
    <MfaChallenge.Root {...props}>
      <div className="acme-inline">
        <MfaChallenge.Header>
          <MfaChallenge.Title level={2}>One more step, Acme</MfaChallenge.Title>
        </MfaChallenge.Header>
        <MfaChallenge.Footer>
          <MfaChallenge.Method method="recovery">
            <MfaChallenge.MethodButton method="totp">Use the app after all</MfaChallenge.MethodButton>
          </MfaChallenge.Method>
          <MfaChallenge.Method method="totp">
            <MfaChallenge.MethodButton method="recovery">I lost my phone</MfaChallenge.MethodButton>
          </MfaChallenge.Method>
        </MfaChallenge.Footer>
        <MfaChallenge.Form>
          <MfaChallenge.Method method="totp">
            <MfaChallenge.Field name="code">
              <MfaChallenge.Label>Acme authenticator code</MfaChallenge.Label>
              <MfaChallenge.CodeInput />
              <MfaChallenge.FieldError />
            </MfaChallenge.Field>
          </MfaChallenge.Method>
          <MfaChallenge.Method method="recovery">
            <MfaChallenge.Field name="recoveryCode">
              <MfaChallenge.Label>One of your saved codes</MfaChallenge.Label>
              <MfaChallenge.RecoveryCodeInput autoComplete="off" spellCheck={false} />
              <MfaChallenge.FieldError />
            </MfaChallenge.Field>
          </MfaChallenge.Method>
          <p className="acme-help">Stuck? Acme support answers around the clock.</p>
          <MfaChallenge.Submit>Verify with Acme</MfaChallenge.Submit>
        </MfaChallenge.Form>
        <MfaChallenge.Error />
      </div>
    </MfaChallenge.Root>
  );
}

/**
 * Renders `ui` under the provider alone, as an app that forgot the Root would. The failure is
 * React's render error; React also logs it, which says nothing new here.
 */
function renderWithoutRoot(ui: ReactElement): () => void {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => renderWithAuth(ui);
}

describe('given MfaChallenge composed from its parts in an app layout', () => {
  it('signs in with a real authenticator code and tells the app', async () => {
    const { client, challenge } = await pendingChallenge();
    const onSignedIn = vi.fn();
    const { user, container } = renderWithAuth(
      <InlineChallenge challenge={challenge} onSignedIn={onSignedIn} />,
      { client },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'One more step, Acme' })).toBeTruthy();
    expect(screen.getByText('Stuck? Acme support answers around the clock.')).toBeTruthy();
    expect(screen.queryByLabelText('One of your saved codes')).toBeNull();
    const code = screen.getByLabelText('Acme authenticator code');
    await waitFor(() => expect(document.activeElement).toBe(code));
    await expectNoAxeViolations(container);

    await user.type(code, totpCode(totpSecret));
    await screen.findByText('You are signed in.');
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ user: { email: 'mfa@example.com' } });
    expect(client.session.getState().status).toBe('signedIn');
  });

  it('switches to a recovery code with its own button, and signs in with a seeded code', async () => {
    const { client, challenge } = await pendingChallenge();
    const { user, container } = renderWithAuth(<InlineChallenge challenge={challenge} />, { client });
    await user.click(screen.getByRole('button', { name: 'I lost my phone' }));
    const field = screen.getByLabelText('One of your saved codes');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.queryByLabelText('Acme authenticator code')).toBeNull();
    expect(screen.getByRole('button', { name: 'Use the app after all' })).toBeTruthy();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Verify with Acme' }));
    expect(await screen.findByText('Enter a recovery code.')).toBeTruthy();
    await user.type(field, server.mock.seeded.mfa.recoveryCodes[0] ?? '');
    await user.click(screen.getByRole('button', { name: 'Verify with Acme' }));
    await screen.findByText('You are signed in.');
    expect(client.session.getState().status).toBe('signedIn');
  });

  it('after a wrong code, shows the failure at the bottom, where the app put it', async () => {
    const { client, challenge } = await pendingChallenge();
    const { user } = renderWithAuth(<InlineChallenge challenge={challenge} />, { client });
    const code = screen.getByLabelText('Acme authenticator code') as HTMLInputElement;
    await user.type(code, wrongTotpCode(totpSecret));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That code is not correct.');
    const submit = screen.getByRole('button', { name: 'Verify with Acme' });
    expect(submit.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(code.value).toBe('');
    expect(code.getAttribute('aria-describedby')).toContain(alert.id);
  });
});

describe('given a consumer handler on a MfaChallenge part', () => {
  it('lets preventDefault on the method and email buttons keep the kit from switching or sending', async () => {
    const { client, challenge } = await pendingChallenge();
    const onMethod = vi.fn((event: MouseEvent<HTMLButtonElement>) => event.preventDefault());
    const onEmail = vi.fn((event: MouseEvent<HTMLButtonElement>) => event.preventDefault());
    const { user } = renderWithAuth(
      <MfaChallenge.Root challenge={challenge}>
        <MfaChallenge.Form>
          <MfaChallenge.Field name="code">
            <MfaChallenge.Label>Code</MfaChallenge.Label>
            <MfaChallenge.CodeInput />
          </MfaChallenge.Field>
        </MfaChallenge.Form>
        <MfaChallenge.MethodButton method="recovery" onClick={onMethod} />
        <MfaChallenge.EmailCodeButton onClick={onEmail} />
      </MfaChallenge.Root>,
      { client },
    );
    await user.click(screen.getByRole('button', { name: 'Use a recovery code' }));
    await user.click(screen.getByRole('button', { name: 'Email me a code instead' }));
    expect(onMethod).toHaveBeenCalledTimes(1);
    expect(onEmail).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Code')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Email me a code instead' })).toBeTruthy();
    expect(server.requests.filter((path) => path.startsWith('/auth/2fa/'))).toEqual([]);
    expect(server.mock.outbox.messages('mfa@example.com')).toEqual([]);
  });

  it('runs handlers that do not prevent, then the kit: the email is sent and the code signs in', async () => {
    const { client, challenge } = await pendingChallenge();
    const onEmail = vi.fn();
    const onComplete = vi.fn();
    const { user } = renderWithAuth(
      <MfaChallenge.Root challenge={challenge}>
        <MfaChallenge.Form>
          <MfaChallenge.Field name="code">
            <MfaChallenge.Label>Code</MfaChallenge.Label>
            <MfaChallenge.CodeInput onComplete={onComplete} />
          </MfaChallenge.Field>
        </MfaChallenge.Form>
        <MfaChallenge.EmailCodeButton onClick={onEmail} />
      </MfaChallenge.Root>,
      { client },
    );
    await user.click(screen.getByRole('button', { name: 'Email me a code instead' }));
    expect(onEmail).toHaveBeenCalledTimes(1);
    const sent = await waitFor(() => {
      const message = server.mock.outbox.messages('mfa@example.com').find((m) => m.kind === 'email-otp');
      if (message?.code === undefined) throw new Error('no code emailed yet');
      return message.code;
    });
    await user.type(screen.getByLabelText('Code'), sent);
    await screen.findByText('You are signed in.');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(sent);
  });

  it('lets preventDefault on the form keep the kit from checking an incomplete code', async () => {
    const { client, challenge } = await pendingChallenge();
    const onSubmit = vi.fn((event: FormEvent<HTMLFormElement>) => event.preventDefault());
    const { user } = renderWithAuth(
      <MfaChallenge.Root challenge={challenge}>
        <MfaChallenge.Form onSubmit={onSubmit}>
          <MfaChallenge.Field name="code">
            <MfaChallenge.Label>Code</MfaChallenge.Label>
            <MfaChallenge.CodeInput />
            <MfaChallenge.FieldError />
          </MfaChallenge.Field>
          <MfaChallenge.Submit>Verify</MfaChallenge.Submit>
        </MfaChallenge.Form>
      </MfaChallenge.Root>,
      { client },
    );
    await user.type(screen.getByLabelText('Code'), '123');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Enter all 6 digits of the code.')).toBeNull();
    expect(screen.getByLabelText('Code').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('given refs and appearance classes on composed MfaChallenge parts', () => {
  it('forwards each ref to its element, which keeps its part name, kit class, appearance class and own class', async () => {
    const { client, challenge } = await pendingChallenge();
    const refs = {
      root: createRef<HTMLDivElement>(),
      card: createRef<HTMLDivElement>(),
      form: createRef<HTMLFormElement>(),
      code: createRef<HTMLInputElement>(),
      fieldError: createRef<HTMLParagraphElement>(),
      submit: createRef<HTMLButtonElement>(),
      methodButton: createRef<HTMLButtonElement>(),
      emailButton: createRef<HTMLButtonElement>(),
      backButton: createRef<HTMLButtonElement>(),
    };
    const { user } = renderWithAuth(
      <MfaChallenge.Root ref={refs.root} challenge={challenge} className="acme-root">
        <MfaChallenge.Card ref={refs.card} className="acme-card">
          <MfaChallenge.Form ref={refs.form} className="acme-form">
            <MfaChallenge.Field name="code">
              <MfaChallenge.Label>Code</MfaChallenge.Label>
              <MfaChallenge.CodeInput ref={refs.code} className="acme-code" />
              <MfaChallenge.FieldError ref={refs.fieldError} className="acme-field-error" />
            </MfaChallenge.Field>
            <MfaChallenge.Submit ref={refs.submit} className="acme-button">
              Verify
            </MfaChallenge.Submit>
          </MfaChallenge.Form>
          <MfaChallenge.MethodButton ref={refs.methodButton} method="recovery" className="acme-link" />
          <MfaChallenge.EmailCodeButton ref={refs.emailButton} className="acme-link" />
          <MfaChallenge.BackButton ref={refs.backButton} className="acme-link" />
        </MfaChallenge.Card>
      </MfaChallenge.Root>,
      {
        client,
        providerProps: {
          appearance: {
            classNames: {
              root: 'theme-root',
              card: 'theme-card',
              form: 'theme-form',
              codeInput: 'theme-code',
              error: 'theme-error',
              button: 'theme-button',
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
    expect(refs.code.current).toBe(screen.getByLabelText('Code'));
    expect(refs.submit.current).toBe(screen.getByRole('button', { name: 'Verify' }));
    expect(refs.methodButton.current).toBe(screen.getByRole('button', { name: 'Use a recovery code' }));
    expect(refs.emailButton.current).toBe(screen.getByRole('button', { name: 'Email me a code instead' }));
    expect(refs.backButton.current).toBe(screen.getByRole('button', { name: 'Back to sign in' }));
    expectPart(refs.root.current, 'root', 'theme-root', 'acme-root');
    expect(refs.root.current?.getAttribute('data-state')).toBe('totp');
    expectPart(refs.card.current, 'card', 'theme-card', 'acme-card');
    expectPart(refs.form.current, 'form', 'theme-form', 'acme-form');
    expectPart(refs.code.current, 'code-input', 'theme-code', 'acme-code');
    expectPart(refs.submit.current, 'button', 'theme-button', 'acme-button');
    expectPart(refs.methodButton.current, 'link', 'theme-link', 'acme-link');
    expectPart(refs.emailButton.current, 'link', 'theme-link', 'acme-link');
    expectPart(refs.backButton.current, 'link', 'theme-link', 'acme-link');
    expect(refs.fieldError.current).toBeNull();

    await user.type(screen.getByLabelText('Code'), '12');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const message = await screen.findByText('Enter all 6 digits of the code.');
    expect(refs.fieldError.current).toBe(message);
    expectPart(message, 'error', 'theme-error', 'acme-field-error');
  });
});

describe('given a MfaChallenge part outside MfaChallenge.Root', () => {
  it.each([
    ['CodeInput', () => <MfaChallenge.CodeInput />],
    ['Error', () => <MfaChallenge.Error />],
    ['Method', () => <MfaChallenge.Method method="totp">Hi</MfaChallenge.Method>],
    ['MethodButton', () => <MfaChallenge.MethodButton method="recovery" />],
    ['EmailCodeButton', () => <MfaChallenge.EmailCodeButton />],
    ['BackButton', () => <MfaChallenge.BackButton />],
    ['DefaultContent', () => <MfaChallenge.DefaultContent />],
  ])('MfaChallenge.%s throws, naming itself and the Root', (part, ui) => {
    expect(renderWithoutRoot(ui())).toThrow(
      `AuthFlow UI: <MfaChallenge.${part}> must be rendered inside <MfaChallenge.Root>.`,
    );
  });

  it.each([
    ['Form', () => <MfaChallenge.Form />],
    ['Field', () => <MfaChallenge.Field name="code" />],
    ['Submit', () => <MfaChallenge.Submit />],
  ])('a form part (%s) throws, asking for a screen Root', (part, ui) => {
    expect(renderWithoutRoot(ui())).toThrow(
      `AuthFlow UI: <${part}> must be rendered inside a screen's <Root>.`,
    );
  });
});
