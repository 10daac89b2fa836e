import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { SignUp } from './sign-up.js';

function checklistStates(): Record<string, string | null> {
  const list = screen.getByRole('list', { name: 'Your password needs' });
  return Object.fromEntries(
    within(list)
      .getAllByRole('listitem')
      .map((item) => [item.firstChild?.textContent ?? '', item.getAttribute('data-state')]),
  );
}

/** The sign-up form before anything reaches a server. */
describe('given a default SignUp', () => {
  it('labels every field, asks for a new password and never restricts it in HTML', async () => {
    const { container } = renderWithAuth(<SignUp />);
    expect(screen.getByLabelText('Full name').getAttribute('autocomplete')).toBe('name');
    expect(screen.getByLabelText('Email address').getAttribute('autocomplete')).toBe('email');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(password.hasAttribute('pattern')).toBe(false);
    expect(password.hasAttribute('maxlength')).toBe(false);
    expect(screen.getByLabelText(/I agree to the terms/).getAttribute('type')).toBe('checkbox');
    await expectNoAxeViolations(container);
  });

  it('updates the checklist as the password is typed, and describes the field with it', async () => {
    const { user } = renderWithAuth(<SignUp />);
    const password = screen.getByLabelText('Password');
    const list = screen.getByRole('list', { name: 'Your password needs' });
    expect(password.getAttribute('aria-describedby')).toContain(list.id);
    expect(Object.values(checklistStates())).toEqual(['unmet', 'unmet', 'unmet', 'unmet']);
    await user.type(password, 'Abcdefg');
    expect(checklistStates()).toMatchObject({ 'At least 8 characters': 'unmet', 'A capital letter': 'met' });
    await user.type(password, '1!');
    expect(Object.values(checklistStates())).toEqual(['met', 'met', 'met', 'met']);
    expect(within(list).getAllByText('(done)', { exact: false })).toHaveLength(4);
  });

  it('accepts what the server accepts even when the checklist is simpler (lowercase only, 9+)', async () => {
    const { user } = renderWithAuth(<SignUp requireConsent={false} />);
    await user.type(screen.getByLabelText('Password'), 'abcdefg1!');
    expect(Object.values(checklistStates())).toEqual(['met', 'met', 'met', 'met']);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.queryByText('Choose a password that meets every requirement below.')).toBeNull();
  });

  it('keeps spaces around a password exactly as typed', async () => {
    const { user } = renderWithAuth(<SignUp />);
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    await user.type(password, '  Spaced Pass1! ');
    expect(password.value).toBe('  Spaced Pass1! ');
  });

  it('when submitted empty, explains each field and focuses the first', async () => {
    const { user, container } = renderWithAuth(<SignUp />);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Full name'));
    expect(screen.getByText('Enter your full name.')).toBeTruthy();
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(screen.getByText('Accept the terms to create your account.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('when only consent is missing, takes focus to the checkbox', async () => {
    const { user } = renderWithAuth(<SignUp />);
    await user.type(screen.getByLabelText('Full name'), 'Nora New');
    await user.type(screen.getByLabelText('Email address'), 'nora@example.com');
    await user.type(screen.getByLabelText('Password'), 'NoraPass123!');
    await user.keyboard('{Enter}');
    const consent = screen.getByLabelText(/I agree to the terms/);
    expect(document.activeElement).toBe(consent);
    expect(consent.getAttribute('aria-invalid')).toBe('true');
  });

  it('given a custom consent label and roles, shows both', () => {
    renderWithAuth(<SignUp consentLabel="I accept the house rules" roles={['customer', 'detective']} />);
    expect(screen.getByLabelText('I accept the house rules')).toBeTruthy();
    expect((screen.getByLabelText('Role') as HTMLSelectElement).value).toBe('customer');
  });
});
