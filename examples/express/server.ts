import { createAuthProxy } from '@authflow-ui/proxy';
import { createExampleApp } from './app.js';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Set ${name} (see examples/express/README.md)`);
  return value;
}

const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const proxy = createAuthProxy({
  baseUrl: required('AUTHFLOW_BASE_URL'),
  apiKey: required('AUTHFLOW_API_KEY'),
  role: process.env.AUTHFLOW_DEFAULT_ROLE ?? 'user',
  allowedOrigins: [appUrl],
});

createExampleApp(proxy).listen(port, '127.0.0.1', () => {
  console.log(`Example listening on ${appUrl}`);
});
