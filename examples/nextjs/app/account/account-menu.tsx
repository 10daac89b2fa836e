'use client';

import { UserButton } from '@authflow-ui/react';

export function AccountMenu() {
  return <UserButton />;
}
