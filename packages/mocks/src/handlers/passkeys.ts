import type { HttpHandler } from 'msw';
import type { MockContext } from '../mock-context.js';
import type { PasskeySettings } from '../passkey-settings.js';
import { passkeyLoginHandlers } from './passkey-login.js';
import { passkeyManagementHandlers } from './passkey-management.js';
import { passkeyRegistrationHandlers } from './passkey-registration.js';

/** The seven routes of the `passkeys` extension group (`docs/passkeys.md`). */
export function passkeyHandlers(context: MockContext, settings: PasskeySettings): HttpHandler[] {
  return [
    ...passkeyRegistrationHandlers(context, settings),
    ...passkeyManagementHandlers(context),
    ...passkeyLoginHandlers(context, settings),
  ];
}
