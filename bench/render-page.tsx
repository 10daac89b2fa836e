/*
 * The page the render bench loads into Chromium: React and the kit in one production bundle,
 * and one function that mounts `<SignIn />` into a fresh root and reports how long that took.
 */
import '@authflow-ui/react/styles.css';
import { AuthProvider, SignIn } from '@authflow-ui/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Milliseconds from `render` to a laid-out sign-in screen: React renders and commits
 * synchronously (`flushSync`), then reading the card's size forces style and layout.
 */
function measureFirstRender(): number {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const started = performance.now();
  flushSync(() => {
    root.render(
      <AuthProvider baseUrl="/api/auth">
        <SignIn signUpHref="/sign-up" forgotPasswordHref="/forgot-password" />
      </AuthProvider>,
    );
  });
  const height = container.getBoundingClientRect().height;
  const elapsed = performance.now() - started;
  if (height === 0 || container.querySelector('form') === null) {
    throw new Error('SignIn rendered nothing measurable');
  }
  root.unmount();
  container.remove();
  return elapsed;
}

declare global {
  var authflowBench: { measureFirstRender: () => number } | undefined;
}

globalThis.authflowBench = { measureFirstRender };
