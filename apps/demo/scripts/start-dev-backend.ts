import { createServer, type Server } from 'node:http';
import type { PasskeySettings } from '@authflow-ui/mocks';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import {
  createAuthProxy,
  defaultRateLimits,
  type ProxyLogger,
  type RateLimitOptions,
  toNodeHandler,
} from '@authflow-ui/proxy';

export interface DevBackendOptions {
  /** Origins of the demo pages the proxy serves (its CSRF allow-list). */
  appOrigins: readonly string[];
  /** Where the mock's emails link to. Default: the first of `appOrigins`. */
  appUrl?: string;
  /** Default `0`: any free port. */
  mockPort?: number;
  /** Default `0`: any free port. */
  proxyPort?: number;
  logger?: ProxyLogger;
  /** The proxy's re-authentication window. Default: the proxy's (ten minutes). */
  reauthenticateAfterMs?: number;
  /**
   * Whether the mock serves the `passkeys` group, and for which relying party. Default `false`
   * (plain AuthFlow): a page on an IP address, as most tests open, could run no ceremony.
   */
  passkeys?: PasskeySettings | false;
}

export interface DevBackend {
  /** The mock AuthFlow server, e.g. `http://127.0.0.1:4010`. */
  mockUrl: string;
  mock: MockServer['mock'];
  /** The proxy's origin; its endpoints are under `/api/auth`. */
  proxyUrl: string;
  close(): Promise<void>;
}

/**
 * The production limits, ten times over: a developer clicking through every journey (or the
 * end-to-end test doing it) signs one account in a dozen times in minutes. The `rate-limited`
 * fault of the dev inbox shows the kit's limited state on demand.
 */
const developmentRateLimits: RateLimitOptions = Object.fromEntries(
  Object.entries(defaultRateLimits).map(([bucket, { perClient, perAccount }]) => [
    bucket,
    {
      perClient: { ...perClient, max: perClient.max * 10 },
      perAccount: { ...perAccount, max: perAccount.max * 10 },
    },
  ]),
);

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/**
 * What `pnpm dev:full` runs behind the demo: the mock AuthFlow over real HTTP and, in front of
 * it, `@authflow-ui/proxy` configured as for production (the `__Host-` cookie, the CSRF checks,
 * the dev API key held only here), both on 127.0.0.1.
 */
export async function startDevBackend(options: DevBackendOptions): Promise<DevBackend> {
  const mockServer = await startMockServer({
    port: options.mockPort ?? 0,
    appUrl: options.appUrl ?? options.appOrigins[0] ?? 'http://localhost:5173',
    passkeys: options.passkeys ?? false,
  });
  const proxy = createAuthProxy({
    baseUrl: mockServer.url,
    apiKey: mockServer.mock.apiKey,
    role: 'user',
    allowedOrigins: options.appOrigins,
    rateLimit: developmentRateLimits,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.reauthenticateAfterMs === undefined
      ? {}
      : { reauthenticateAfterMs: options.reauthenticateAfterMs }),
  });
  const proxyServer = createServer(toNodeHandler(proxy));
  let proxyPort: number;
  try {
    proxyPort = await listen(proxyServer, options.proxyPort ?? 0);
  } catch (error) {
    await mockServer.close();
    throw error;
  }
  return {
    mockUrl: mockServer.url,
    mock: mockServer.mock,
    proxyUrl: `http://127.0.0.1:${proxyPort}`,
    close: async () => {
      proxyServer.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => proxyServer.close(() => resolve())),
        mockServer.close(),
      ]);
    },
  };
}
