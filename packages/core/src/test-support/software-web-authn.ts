import type { SoftwareAuthenticator } from '@authflow-ui/mocks';
import type { WebAuthnBrowser, WebAuthnSource } from '../webauthn-browser.js';

/** A browser whose WebAuthn is the software authenticator; counts how often the library was loaded. */
export function softwareWebAuthn(device: SoftwareAuthenticator, available = true) {
  const source = {
    loads: 0,
    isAvailable: () => available,
    load: async (): Promise<WebAuthnBrowser> => {
      source.loads += 1;
      return {
        browserSupportsWebAuthn: () => available,
        browserSupportsWebAuthnAutofill: async () => true,
        startRegistration: ({ optionsJSON }) => device.register(optionsJSON),
        startAuthentication: ({ optionsJSON }) => device.authenticate(optionsJSON),
        cancelCeremony: () => {},
      };
    },
  } satisfies WebAuthnSource & { loads: number };
  return source;
}
