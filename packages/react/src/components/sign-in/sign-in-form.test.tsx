import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { SignIn } from './sign-in.js';

/** The password step before anything reaches a server: fields, validation, keyboard, a11y. */
describe('given a default SignIn', () => {
  it('labels every field and asks browsers and password managers for the right values', async () => {
    const { container } = renderWithAuth(<SignIn />);
    const email = screen.getByLabelText('Email address');
    const password = screen.getByLabelText('Password');
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(password.hasAttribute('maxlength')).toBe(false);
    expect(password.hasAttribute('pattern')).toBe(false);
    expect(screen.queryByLabelText('Role')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('when submitted empty, it explains each field and focuses the first one', async () => {
    const { user, container } = renderWithAuth(<SignIn />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email address');
    expect(document.activeElement).toBe(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Enter your email address.');
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('when the email has no @, it says what an address looks like and keeps the text', async () => {
    const { user } = renderWithAuth(<SignIn />);
    await user.type(screen.getByLabelText('Email address'), 'member.example.com');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('member.example.com');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('secret');
  });

  it('when the user fixes a field, its error goes away', async () => {
    const { user } = renderWithAuth(<SignIn />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.type(screen.getByLabelText('Email address'), 'm');
    expect(screen.queryByText('Enter your email address.')).toBeNull();
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows and hides the password with a button whose name says what it does', async () => {
    const { user } = renderWithAuth(<SignIn />);
    const password = screen.getByLabelText('Password');
    await user.type(password, ' Pass word ');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password.getAttribute('type')).toBe('text');
    expect((password as HTMLInputElement).value).toBe(' Pass word ');
    await user.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(password.getAttribute('type')).toBe('password');
  });

  it('accepts a pasted password as is', async () => {
    const { user } = renderWithAuth(<SignIn />);
    const password = screen.getByLabelText('Password');
    await user.click(password);
    await user.paste('  pasted Pass123! ');
    expect((password as HTMLInputElement).value).toBe('  pasted Pass123! ');
  });

  it('links to sign-up and forgot-password only when given', () => {
    renderWithAuth(<SignIn signUpHref="/sign-up" forgotPasswordHref="/forgot" />);
    expect(screen.getByRole('link', { name: 'Create one' }).getAttribute('href')).toBe('/sign-up');
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot');
  });

  it('given roles, it offers a role selector starting at the provider role', async () => {
    const { user, container } = renderWithAuth(
      <SignIn roles={['customer', { value: 'user', label: 'Member' }]} />,
      { providerProps: { role: 'user' } },
    );
    const role = screen.getByLabelText('Role') as HTMLSelectElement;
    expect(role.value).toBe('user');
    await user.selectOptions(role, 'customer');
    expect(role.value).toBe('customer');
    await expectNoAxeViolations(container);
  });

  it('works by keyboard alone: tab order is email, password, show, submit', async () => {
    const { user } = renderWithAuth(<SignIn />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Email address'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show password' }));
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('text');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign in' }));
  });
});

describe('given appearance and localization', () => {
  it('puts parts, classes and theme variables on the elements', () => {
    const { container } = renderWithAuth(<SignIn />, {
      providerProps: {
        appearance: {
          variables: { colorPrimary: 'rebeccapurple', radius: '0' },
          classNames: { button: 'brand' },
        },
      },
    });
    const root = container.querySelector<HTMLElement>('[data-af-part="root"]');
    expect(root?.style.getPropertyValue('--af-color-primary')).toBe('rebeccapurple');
    expect(root?.style.getPropertyValue('--af-radius')).toBe('0');
    expect(root?.getAttribute('data-af-color-mode')).toBe('system');
    expect(root?.getAttribute('data-state')).toBe('password');
    const submit = screen.getByRole('button', { name: 'Sign in' });
    expect(submit.className.split(' ')).toEqual(['af-button', 'brand']);
    expect(submit.getAttribute('data-af-part')).toBe('button');
    expect(submit.getAttribute('data-state')).toBe('idle');
  });

  it('in unstyled mode, no af- class remains but parts and states do', () => {
    const { container } = renderWithAuth(<SignIn />, {
      providerProps: { appearance: { unstyled: true, colorMode: 'dark', classNames: { input: 'field' } } },
    });
    expect(container.querySelector('[class*="af-"]')).toBeNull();
    expect(container.querySelector('[data-af-part="root"]')?.getAttribute('data-af-color-mode')).toBe('dark');
    expect(screen.getByLabelText('Email address').className).toBe('field');
    expect(container.querySelectorAll('[data-af-part="field"]').length).toBe(2);
  });

  it('uses overridden texts and keeps the rest in English', () => {
    renderWithAuth(<SignIn />, {
      providerProps: { localization: { signIn: { title: 'Anmelden' }, fields: { emailLabel: 'E-Mail' } } },
    });
    expect(screen.getByRole('heading', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.getByLabelText('E-Mail')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
