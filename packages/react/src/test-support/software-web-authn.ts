import type { WebAuthnSource } from '@authflow-ui/core';
import { createSoftwareAuthenticator, type SoftwareAuthenticator } from '@authflow-ui/mocks';

/** The origin the mock accepts passkey ceremonies from in these tests. */
export const passkeyOrigin = 'http://localhost:5173';

/** The mock's `passkeys` option for these tests. */
export const passkeySettings = { rpName: 'AuthFlow test', rpId: 'localhost', origins: [passkeyOrigin] };

/** jsdom has no WebAuthn: a browser whose authenticator is the mocks' software one. */
export function softwareWebAuthn(
  device: SoftwareAuthenticator = createSoftwareAuthenticator({ origin: passkeyOrigin }),
  options: { autofill?: boolean } = {},
): WebAuthnSource & { device: SoftwareAuthenticator } {
  return {
    device,
    isAvailable: () => true,
    load: async () => ({
      browserSupportsWebAuthn: () => true,
      browserSupportsWebAuthnAutofill: async () => options.autofill ?? false,
      startRegistration: ({ optionsJSON }) => device.register(optionsJSON),
      startAuthentication: ({ optionsJSON }) => device.authenticate(optionsJSON),
      cancelCeremony: () => {},
    }),
  };
}
