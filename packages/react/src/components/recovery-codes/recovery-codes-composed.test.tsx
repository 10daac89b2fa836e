import { screen } from '@testing-library/react';
import { createRef, type MouseEvent, type ReactElement, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthRoot,
  Card,
  Checkbox,
  Field,
  FieldError,
  Footer,
  Form,
  Label,
  Submit,
  Title,
} from '../../index.js';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { RecoveryCodes } from './recovery-codes.js';

const server = serveMockAuthFlow();

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * An app's own security page: its heading, the password form, then the new codes with the
 * actions above the list, its own advice in between and its own words on the final button.
 */
function AcmeBackupCodes({ onDone }: { onDone: () => void }) {
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  return (
    <AuthRoot>
      <Card>
        <Title level={2}>Acme backup codes</Title>
        {codes === null ? (
          <RecoveryCodes.RegenerateForm onRegenerated={setCodes} />
        ) : (
          <RecoveryCodes.Display codes={codes} onDone={onDone}>
            <Footer>
              <RecoveryCodes.PrintButton />
              <RecoveryCodes.CopyButton>Copy for my password manager</RecoveryCodes.CopyButton>
            </Footer>
            <p>Acme staff will never ask you for these.</p>
            <RecoveryCodes.List />
            <Form>
              <Field name="acknowledged">
                <Checkbox />
                <Label>They are in my password manager</Label>
                <FieldError />
              </Field>
              <Submit>Finish</Submit>
            </Form>
          </RecoveryCodes.Display>
        )}
      </Card>
    </AuthRoot>
  );
}

/**
 * Renders `ui` under the provider alone, as an app that forgot the Display would. The failure
 * is React's render error; React also logs it, which says nothing new here.
 */
function renderWithoutDisplay(ui: ReactElement): () => void {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => renderWithAuth(ui);
}

describe('given RecoveryCodes composed from its parts in an app layout', () => {
  it('creates new codes with the password, shows them in the app layout and finishes once saved', async () => {
    const client = createTestClient();
    await signInAs(client, server.mock.seeded.mfa);
    const onDone = vi.fn();
    const { user, container } = renderWithAuth(<AcmeBackupCodes onDone={onDone} />, { client });
    await user.type(screen.getByLabelText('Password'), `${server.mock.seeded.mfa.password}{Enter}`);
    const list = await screen.findByRole('list', { name: 'Your recovery codes' });
    const codes = Array.from(list.querySelectorAll('li'), (item) => item.textContent ?? '');
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain(server.mock.seeded.mfa.recoveryCodes[0]);
    const copy = screen.getByRole('button', { name: 'Copy for my password manager' });
    // The actions come first here, before the list, as this app placed them.
    expect(copy.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Acme staff will never ask you for these.')).toBeTruthy();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByText('Confirm that you saved the codes.')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('They are in my password manager'));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

describe('given consumer handlers, refs and appearance classes on RecoveryCodes parts', () => {
  it('lets preventDefault stop copying, downloading and printing', async () => {
    const writeText = vi.fn();
    const createObjectURL = vi.fn(() => 'blob:codes');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const stop = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
    const { user } = renderWithAuth(
      <RecoveryCodes.Display codes={['AAAA1111', 'BBBB2222']} onDone={() => undefined}>
        <RecoveryCodes.CopyButton onClick={stop} />
        <RecoveryCodes.DownloadButton onClick={stop} />
        <RecoveryCodes.PrintButton onClick={stop} />
      </RecoveryCodes.Display>,
    );
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    Object.assign(URL, { createObjectURL });
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(print).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
  });

  it('runs a handler that does not prevent, then copies; refs and classes reach the elements', async () => {
    const onCopy = vi.fn();
    const listRef = createRef<HTMLUListElement>();
    const copyRef = createRef<HTMLButtonElement>();
    const { user } = renderWithAuth(
      <RecoveryCodes.Display codes={['AAAA1111', 'BBBB2222']} onDone={() => undefined}>
        <RecoveryCodes.List ref={listRef} className="acme-codes" />
        <RecoveryCodes.CopyButton ref={copyRef} className="acme-copy" onClick={onCopy} />
      </RecoveryCodes.Display>,
      {
        providerProps: {
          appearance: { classNames: { codeList: 'theme-codes', secondaryButton: 'theme-secondary' } },
        },
      },
    );
    const list = screen.getByRole('list', { name: 'Your recovery codes' });
    expect(listRef.current).toBe(list);
    expect(list.getAttribute('data-af-part')).toBe('code-list');
    expect(list.className).toBe('af-code-list theme-codes acme-codes');
    const copy = screen.getByRole('button', { name: 'Copy all' });
    expect(copyRef.current).toBe(copy);
    expect(copy.getAttribute('data-af-part')).toBe('secondary-button');
    expect(copy.className).toBe('af-secondary-button theme-secondary acme-copy');

    await user.click(copy);
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Copied' })).toBe(copy);
    expect(await navigator.clipboard.readText()).toContain('AAAA1111\nBBBB2222');
  });
});

describe('given a RecoveryCodes part outside RecoveryCodes.Display', () => {
  it.each([
    ['List', () => <RecoveryCodes.List />],
    ['CopyButton', () => <RecoveryCodes.CopyButton />],
    ['DownloadButton', () => <RecoveryCodes.DownloadButton />],
  ])('RecoveryCodes.%s throws, naming itself and the Display', (part, ui) => {
    expect(renderWithoutDisplay(ui())).toThrow(
      `AuthFlow UI: <RecoveryCodes.${part}> must be rendered inside <RecoveryCodes.Display>.`,
    );
  });
});
