'use client';

import { SignUp } from '@authflow-ui/react';

export function SignUpCard() {
  return <SignUp signInHref="/sign-in" redirectTo="/account" />;
}
