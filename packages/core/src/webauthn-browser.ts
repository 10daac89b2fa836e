import type {
  PasskeyAuthenticationResponse,
  PasskeyCreationOptions,
  PasskeyRegistrationResponse,
  PasskeyRequestOptions,
} from '@authflow-ui/contract';

/** What core needs of a browser's WebAuthn: `@simplewebauthn/browser`, or a stand-in in tests. */
export interface WebAuthnBrowser {
  browserSupportsWebAuthn(): boolean;
  browserSupportsWebAuthnAutofill(): Promise<boolean>;
  startRegistration(options: { optionsJSON: PasskeyCreationOptions }): Promise<PasskeyRegistrationResponse>;
  startAuthentication(options: {
    optionsJSON: PasskeyRequestOptions;
    useBrowserAutofill?: boolean;
  }): Promise<PasskeyAuthenticationResponse>;
  /** Ends a ceremony under way (a waiting autofill request, say); it then rejects with `AbortError`. */
  cancelCeremony(): void;
}

/** Where passkey ceremonies run: whether the host has WebAuthn at all, and the library to run them. */
export interface WebAuthnSource {
  /** A cheap check that loads nothing, for deciding whether to show a passkey control. */
  isAvailable(): boolean;
  load(): Promise<WebAuthnBrowser>;
}

/**
 * Loads `@simplewebauthn/browser` on first use. A dynamic import, so an app that never runs a
 * passkey action never downloads it: the minimal `<AuthProvider><SignIn/></AuthProvider>` keeps
 * its bundle budget with passkeys compiled in.
 */
export async function loadWebAuthnBrowser(): Promise<WebAuthnBrowser> {
  const library = await import('@simplewebauthn/browser');
  return {
    browserSupportsWebAuthn: library.browserSupportsWebAuthn,
    browserSupportsWebAuthnAutofill: library.browserSupportsWebAuthnAutofill,
    startRegistration: library.startRegistration,
    startAuthentication: library.startAuthentication,
    cancelCeremony: () => library.WebAuthnAbortService.cancelCeremony(),
  };
}

/** The browser's own WebAuthn, through `@simplewebauthn/browser`. */
export const browserWebAuthn: WebAuthnSource = {
  isAvailable: () => typeof globalThis.PublicKeyCredential === 'function',
  load: loadWebAuthnBrowser,
};
