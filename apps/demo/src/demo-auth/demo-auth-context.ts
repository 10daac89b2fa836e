import { createContext, useContext } from 'react';
import type { DemoAuth } from './demo-auth.js';

export const DemoAuthContext = createContext<DemoAuth | null>(null);

export function useDemoAuth(): DemoAuth {
  const value = useContext(DemoAuthContext);
  if (!value) throw new Error('useDemoAuth needs <DemoAuthContext.Provider> (see app.tsx)');
  return value;
}
