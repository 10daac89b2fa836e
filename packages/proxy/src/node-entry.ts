import type { AuthProxyHandler } from './create-auth-proxy.js';
import type { NodeIncomingRequest } from './node-proxy-call.js';
import type { ProxyAnswer } from './proxy-answers.js';
import type { ClientErrorWatch } from './watch-client-errors.js';

/** How a proxy serves a `node:http` request without a web `Request` or `Response` in between. */
export type NodeEntry = (request: NodeIncomingRequest, watch: ClientErrorWatch) => Promise<ProxyAnswer>;

const entries = new WeakMap<AuthProxyHandler, NodeEntry>();

/** Called by `createAuthProxy` for its handler; any other handler goes through a `Request`. */
export function registerNodeEntry(handler: AuthProxyHandler, entry: NodeEntry): void {
  entries.set(handler, entry);
}

export function nodeEntryOf(handler: AuthProxyHandler): NodeEntry | undefined {
  return entries.get(handler);
}
