import { createAuthClient } from '@authflow-ui/core';
import { createMockAuthFlow } from '@authflow-ui/mocks';
import { startMockWorker } from '@authflow-ui/mocks/browser';
import { AuthProvider, SignedIn, SignedOut, SignIn, useUser } from '@authflow-ui/react';
import '@authflow-ui/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const mock = createMockAuthFlow({ baseUrl: '/authflow', appUrl: window.location.origin });
await startMockWorker(mock);

// The mock's key is public and opens only the fake backend in this page.
const client = createAuthClient({
  baseUrl: new URL('/authflow', window.location.origin).href,
  apiKey: mock.apiKey,
  dangerouslyAllowBrowser: true,
});

function Greeting() {
  const user = useUser();
  return <p role="status">Signed in as {user?.email}</p>;
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <AuthProvider client={client}>
      <SignedOut>
        <SignIn />
      </SignedOut>
      <SignedIn>
        <Greeting />
      </SignedIn>
    </AuthProvider>
  </StrictMode>,
);
