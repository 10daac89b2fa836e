import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The mocks sign real RS512 JWTs with a key made on first use; on two busy cores that can take
// longer than Testing Library's one-second default wait.
configure({ asyncUtilTimeout: 5000 });
// Whole flows (type, sign in, answer a code, run axe) under that same load.
vi.setConfig({ testTimeout: 20_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
