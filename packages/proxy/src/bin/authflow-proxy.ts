import { createServer } from 'node:http';
import { createAuthProxy } from '../create-auth-proxy.js';
import { jsonLineLogger } from '../proxy-logger.js';
import { toNodeHandler } from '../to-node-handler.js';

/**
 * `authflow-proxy`: the proxy as a stand-alone server on 127.0.0.1, configured by environment
 * variables (see `docs/proxy.md`). Put it behind the same origin as the app, for example with
 * the dev server's proxy setting, so the browser sends its cookie.
 */

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (value === undefined || value === '') {
    process.stderr.write(`authflow-proxy: ${name} is required.\n`);
    process.exit(1);
  }
  return value;
}

function start(): void {
  const port = Number(process.env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write('authflow-proxy: PORT must be a port number.\n');
    process.exit(1);
  }
  let handler: ReturnType<typeof createAuthProxy>;
  try {
    handler = createAuthProxy({
      baseUrl: required('AUTHFLOW_BASE_URL'),
      apiKey: required('AUTHFLOW_API_KEY'),
      role: process.env.AUTHFLOW_DEFAULT_ROLE?.trim() || 'user',
      allowedOrigins: required('AUTHFLOW_ALLOWED_ORIGINS')
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
      logger: jsonLineLogger,
    });
  } catch (error) {
    process.stderr.write(
      `authflow-proxy: ${error instanceof TypeError ? error.message : 'invalid configuration'}\n`,
    );
    process.exit(1);
  }

  const server = createServer(toNodeHandler(handler));
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    process.stdout.write(`AuthFlow proxy listening on http://127.0.0.1:${actualPort}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start();
