/*
 * The smallest real use of the kit: a provider and the sign-in screen, as a customer writes it.
 * The bench bundles this file (React external) to measure what the kit adds to an app.
 */
import '@authflow-ui/react/styles.css';
import { AuthProvider, SignIn } from '@authflow-ui/react';
import { createRoot, type Root } from 'react-dom/client';

export function mountSignIn(container: HTMLElement): Root {
  const root = createRoot(container);
  root.render(
    <AuthProvider baseUrl="/api/auth">
      <SignIn signUpHref="/sign-up" forgotPasswordHref="/forgot-password" />
    </AuthProvider>,
  );
  return root;
}
