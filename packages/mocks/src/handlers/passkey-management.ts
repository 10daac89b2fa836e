import { serverMessages } from '@authflow-ui/contract';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../mock-context.js';
import { checkPasskeyName } from '../passkeys/passkey-name.js';
import { toPasskey } from '../passkeys/to-passkey.js';
import { errorResponse, successResponse } from '../responses.js';
import { defineRoute } from './define-route.js';
import { requireSession } from './require-session.js';

/** `passkeys/list`, `passkeys/rename` and `passkeys/delete`: the signed-in account's own passkeys. */
export function passkeyManagementHandlers(context: MockContext): HttpHandler[] {
  return [
    defineRoute(context, 'listPasskeys', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      return successResponse('listPasskeys', { passkeys: session.account.passkeys.map(toPasskey) });
    }),

    defineRoute(context, 'renamePasskey', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const passkey = session.account.passkeys.find((candidate) => candidate.id === parameters.id);
      if (passkey === undefined) return errorResponse(route, 404, serverMessages.passkeyNotFound);
      const name = checkPasskeyName(parameters.name);
      if (name.status === 'rejected') return errorResponse(route, 400, serverMessages.invalidPasskeyName);
      passkey.name = name.name;
      return successResponse('renamePasskey', { passkey: toPasskey(passkey) });
    }),

    defineRoute(context, 'deletePasskey', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const { account } = session;
      if (account.password !== parameters.password) {
        return errorResponse(route, 401, serverMessages.incorrectPassword);
      }
      const remaining = account.passkeys.filter((passkey) => passkey.id !== parameters.id);
      if (remaining.length === account.passkeys.length) {
        return errorResponse(route, 404, serverMessages.passkeyNotFound);
      }
      account.passkeys = remaining;
      return successResponse('deletePasskey', { success: true });
    }),
  ];
}
