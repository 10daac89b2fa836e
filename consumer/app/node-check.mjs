// Runs in the consumer project, on the installed tarballs only: core in direct mode against the
// mock server, then core's proxy-mode client through @authflow-ui/proxy in front of the same mock.
// Prints one JSON report; the test reads it.
import { createServer } from 'node:http';
import { createAuthClient, createProxyAuthClient } from '@authflow-ui/core';
import { seededAccounts } from '@authflow-ui/mocks';
import { startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';

const appOrigin = 'http://app.consumer.test';
const { member } = seededAccounts;
const mockServer = await startMockServer({ port: 0 });

async function direct() {
  const client = createAuthClient({ baseUrl: mockServer.url, apiKey: mockServer.mock.apiKey });
  const signIn = await client.signIn({ email: member.email, password: member.password });
  const validity = await client.validate();
  const discovery = await client.discover();
  await client.signOut();
  const afterSignOut = await client.validate();
  client.destroy();
  return {
    signedInAs: signIn.type === 'session' ? signIn.session.user.email : null,
    holdsToken: signIn.type === 'session' && typeof signIn.session.token === 'string',
    validity,
    afterSignOut,
    routeGroups: Object.keys(discovery.authProduct),
  };
}

/** A browser's cookie jar and Origin header, for a client running in Node. */
function browserLikeFetch() {
  let cookie = null;
  return async (request) => {
    const headers = new Headers(request.headers);
    headers.set('origin', appOrigin);
    if (cookie !== null) headers.set('cookie', cookie);
    const response = await fetch(new Request(request, { headers }));
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      cookie = /Max-Age=0/i.test(line) ? null : pair;
    }
    return response;
  };
}

async function throughProxy() {
  const proxy = createAuthProxy({
    baseUrl: mockServer.url,
    apiKey: mockServer.mock.apiKey,
    role: 'user',
    allowedOrigins: [appOrigin],
  });
  const server = createServer(toNodeHandler(proxy));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const client = createProxyAuthClient({
      baseUrl: `http://127.0.0.1:${port}/api/auth`,
      fetch: browserLikeFetch(),
    });
    const signIn = await client.signIn({ email: member.email, password: member.password });
    const reloaded = await client.loadSession();
    await client.signOut();
    const afterSignOut = await client.loadSession();
    client.destroy();
    return {
      signedInAs: signIn.type === 'session' ? signIn.session.user.email : null,
      holdsToken: signIn.type === 'session' && signIn.session.token !== null,
      reloadedAs: reloaded?.user.email ?? null,
      afterSignOut,
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

try {
  const report = {
    direct: await direct(),
    proxy: await throughProxy(),
    resolved: {
      core: import.meta.resolve('@authflow-ui/core'),
      proxy: import.meta.resolve('@authflow-ui/proxy'),
      mocksNode: import.meta.resolve('@authflow-ui/mocks/node'),
    },
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  await mockServer.close();
}
