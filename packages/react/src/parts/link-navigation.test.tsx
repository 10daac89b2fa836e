import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignIn } from '../components/sign-in/sign-in.js';
import { renderWithAuth } from '../test-support/render-with-auth.js';

describe('given an AuthProvider with a navigate option', () => {
  it('follows a screen’s link inside the app on a plain click, without a page load', async () => {
    const navigate = vi.fn();
    const { user } = renderWithAuth(<SignIn forgotPasswordHref="/forgot-password" />, {
      providerProps: { navigate },
    });
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    expect(link.getAttribute('href')).toBe('/forgot-password');
    await user.click(link);
    expect(navigate).toHaveBeenCalledWith('/forgot-password');
  });

  it('leaves a modified click (open in a new tab) to the browser', async () => {
    const navigate = vi.fn();
    const { user } = renderWithAuth(<SignIn forgotPasswordHref="/forgot-password" />, {
      providerProps: { navigate },
    });
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    // jsdom cannot open a tab; the point is that the kit keeps its hands off this click.
    link.addEventListener('click', (event) => event.preventDefault());
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves a link to another origin to the browser', async () => {
    const navigate = vi.fn();
    const { user } = renderWithAuth(<SignIn forgotPasswordHref="https://help.example.com/reset" />, {
      providerProps: { navigate },
    });
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    expect(navigate).not.toHaveBeenCalled();
  });
});
