'use client';

import { SignIn } from '@authflow-ui/react';

/** After sign-in the page follows `?redirect_url=` (same-origin paths only), or goes to the account. */
export function SignInCard() {
  return <SignIn signUpHref="/sign-up" redirectTo="/account" />;
}
