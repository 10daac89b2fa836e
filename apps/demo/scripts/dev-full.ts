/*
 * `pnpm dev:full`: the whole production shape on one machine. The mock AuthFlow server on 4010
 * (`MOCK_PORT`), `@authflow-ui/proxy` in front of it on 8787 (`PROXY_PORT`), and the demo's dev
 * server on 5173 (`DEMO_PORT`) in proxy mode,
 * which forwards `/api/auth` to the proxy (same origin, so the browser sends the proxy's cookie)
 * and `/__dev` to the mock's outbox and fault switch for the dev inbox.
 */
import { fileURLToPath } from 'node:url';
import { jsonLineLogger } from '@authflow-ui/proxy';
import { createServer } from 'vite';
import { startDevBackend } from './start-dev-backend.js';

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const appOrigins = [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`];

const backend = await startDevBackend({
  appOrigins,
  // Browsers refuse an IP address as relying-party id: passkeys work on the localhost page.
  passkeys: { rpName: 'Notes demo', rpId: 'localhost', origins: [`http://localhost:${demoPort}`] },
  mockPort: Number(process.env.MOCK_PORT ?? 4010),
  proxyPort: Number(process.env.PROXY_PORT ?? 8787),
  logger: process.env.PROXY_LOG === '1' ? jsonLineLogger : undefined,
});

Object.assign(process.env, {
  VITE_AUTH_URL: '/api/auth',
  VITE_AUTH_MODE: 'proxy',
  VITE_DEV_MOCK_URL: '/__dev',
  VITE_AUTH_OWNER_EMAIL: backend.mock.seeded.owner.email,
  AUTHFLOW_DEV_PROXY_TARGET: backend.proxyUrl,
  AUTHFLOW_DEV_MOCK_TARGET: backend.mockUrl,
});

const vite = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { port: demoPort, strictPort: true },
});
await vite.listen();

const { owner, member, mfa } = backend.mock.seeded;
process.stdout.write(
  [
    '',
    `  Demo (proxy mode)  http://localhost:${demoPort}/`,
    `  Proxy              ${backend.proxyUrl}/api/auth  (holds the API key and the session; PROXY_LOG=1 to log)`,
    `  Mock AuthFlow      ${backend.mockUrl}`,
    '',
    `  owner    ${owner.email} / ${owner.password}`,
    `  member   ${member.email} / ${member.password}`,
    `  2FA      ${mfa.email} / ${mfa.password} (TOTP secret ${mfa.totpSecret})`,
    '',
    '  Emails and faults: the dev inbox in the page. Ctrl-C stops all three.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  Promise.all([vite.close(), backend.close()]).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
