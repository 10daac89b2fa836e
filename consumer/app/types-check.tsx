// Type-checked in the consumer project by the installed TypeScript with Node's resolution
// (`nodenext`) and skipLibCheck off: every entry point must resolve to declarations that compile
// without the workspace (no import of a devDependency), and none may collapse to `any`.
import { type DiscoveryDocument, parseDiscoveryDocument, routes } from '@authflow-ui/contract';
import { type AuthClient, createAuthClient, type SessionValidity } from '@authflow-ui/core';
import { createMockAuthFlow, type MockAuthFlow, seededAccounts } from '@authflow-ui/mocks';
import type { startMockWorker } from '@authflow-ui/mocks/browser';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import type { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import { AuthProvider, SignedIn, SignIn, useUser } from '@authflow-ui/react';

type IsAny<T> = 0 extends 1 & T ? true : false;
type Typed<T> = IsAny<T> extends true ? never : true;

export const typed: Typed<AuthClient> &
  Typed<DiscoveryDocument> &
  Typed<MockAuthFlow> &
  Typed<MockServer> &
  Typed<typeof startMockWorker> &
  Typed<typeof createAuthProxy> &
  Typed<typeof toNodeHandler> &
  Typed<typeof AuthProvider> &
  Typed<typeof SignIn> = true;

export async function directValidity(server: MockServer): Promise<SessionValidity> {
  const client = createAuthClient({ baseUrl: server.url, apiKey: server.mock.apiKey });
  await client.signIn({ email: seededAccounts.member.email, password: seededAccounts.member.password });
  return client.validate();
}

export const loginMethod: 'GET' = routes.login.method;
export const emptyDiscovery: DiscoveryDocument | null = parseDiscoveryDocument({});
export const startServer: () => Promise<MockServer> = () => startMockServer({ port: 0 });
export const mock: MockAuthFlow = createMockAuthFlow({ baseUrl: '/authflow' });

function Greeting() {
  const user = useUser();
  return <p>{user?.email}</p>;
}

export function App({ client }: { client: AuthClient }) {
  return (
    <AuthProvider client={client}>
      <SignIn />
      <SignedIn>
        <Greeting />
      </SignedIn>
    </AuthProvider>
  );
}
