import { buildDiscoveryDocument, isDiscoveryDocument } from '@authflow-ui/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../start-mock-server.js';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

describe('given GET /', () => {
  it('answers the discovery document with the four authProduct groups and all 20 routes', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(isDiscoveryDocument(body)).toBe(true);
    expect(body).toEqual(buildDiscoveryDocument());
    const groups: unknown[][] = Object.values(body.authProduct);
    expect(groups.flat()).toHaveLength(20);
  });

  it('answers 405 to POST /', async () => {
    const response = await fetch(`${server.url}/`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
