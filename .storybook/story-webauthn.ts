/*
 * A browser's WebAuthn for passkey stories. A real ceremony needs a person at an authenticator
 * (or a CDP virtual authenticator, which a play function cannot reach), so the client is given
 * this scripted browser instead: the mocks' software authenticator signs real credentials, which
 * the in-page mock verifies with @simplewebauthn/server, and the story says what the person does
 * when the prompt opens.
 */
import type { PasskeyAuthenticationResponse, PasskeyRequestOptions } from '../packages/contract/src/index.js';
import type { WebAuthnBrowser, WebAuthnSource } from '../packages/core/src/index.js';
import {
  createSoftwareAuthenticator,
  NotAllowedError,
  type SoftwareAuthenticator,
} from '../packages/mocks/src/index.js';

/** What the browser offers: WebAuthn, WebAuthn with passkeys in autofill (conditional UI), or none. */
export type StoryBrowser = 'webauthn' | 'webauthn-with-autofill' | 'no-webauthn';

/** What the person does when a passkey prompt opens: confirms, closes it, or leaves it open. */
export type StoryPerson = 'confirms' | 'dismisses' | 'waits';

export interface StoryWebAuthn extends WebAuthnSource {
  /** This browser's platform authenticator (the laptop's fingerprint reader, say). */
  readonly device: SoftwareAuthenticator;
  person: StoryPerson;
  /** True while a conditional request waits for the person to pick a passkey under the email field. */
  readonly autofillWaiting: boolean;
  /** The person picks the passkey the email field's autofill offers. */
  pickFromAutofill(): void;
}

interface WaitingRequest {
  options: PasskeyRequestOptions;
  resolve: (response: PasskeyAuthenticationResponse) => void;
  reject: (error: unknown) => void;
}

/** `@simplewebauthn/browser` rejects a replaced or cancelled ceremony with this. */
const abortError = () => new DOMException('The passkey request was replaced or cancelled', 'AbortError');

/** A scripted browser whose authenticator is a fresh software one for this page's origin. */
export function createStoryWebAuthn(browser: StoryBrowser, person: StoryPerson): StoryWebAuthn {
  const device = createSoftwareAuthenticator({ origin: globalThis.location.origin });
  let waiting: WaitingRequest | null = null;
  let open: ((error: unknown) => void) | null = null;

  // One ceremony at a time, as in a browser: a new one ends the one under way.
  const endCeremony = () => {
    const ending = waiting?.reject ?? open;
    waiting = null;
    open = null;
    ending?.(abortError());
  };

  const prompt = <T>(answer: () => Promise<T>): Promise<T> => {
    endCeremony();
    switch (source.person) {
      case 'confirms':
        return answer();
      case 'dismisses':
        return Promise.reject(new NotAllowedError('The person closed the passkey prompt.'));
      case 'waits':
        return new Promise<T>((_, reject) => {
          open = reject;
        });
      default:
        return source.person satisfies never;
    }
  };

  const library: WebAuthnBrowser = {
    browserSupportsWebAuthn: () => browser !== 'no-webauthn',
    browserSupportsWebAuthnAutofill: async () => browser === 'webauthn-with-autofill',
    startRegistration: ({ optionsJSON }) => prompt(() => device.register(optionsJSON)),
    startAuthentication: ({ optionsJSON, useBrowserAutofill }) => {
      if (useBrowserAutofill !== true) return prompt(() => device.authenticate(optionsJSON));
      endCeremony();
      return new Promise((resolve, reject) => {
        waiting = { options: optionsJSON, resolve, reject };
      });
    },
    cancelCeremony: endCeremony,
  };

  const source: StoryWebAuthn = {
    device,
    person,
    get autofillWaiting() {
      return waiting !== null;
    },
    pickFromAutofill: () => {
      const request = waiting;
      if (request === null) throw new Error('No autofill request is waiting for a passkey');
      waiting = null;
      device.authenticate(request.options).then(request.resolve, request.reject);
    },
    isAvailable: () => browser !== 'no-webauthn',
    load: async () => library,
  };
  return source;
}

/** Another device's authenticator as a browser that always confirms, for preparing a story. */
export function webAuthnOf(device: SoftwareAuthenticator): WebAuthnSource {
  const library: WebAuthnBrowser = {
    browserSupportsWebAuthn: () => true,
    browserSupportsWebAuthnAutofill: async () => false,
    startRegistration: ({ optionsJSON }) => device.register(optionsJSON),
    startAuthentication: ({ optionsJSON }) => device.authenticate(optionsJSON),
    cancelCeremony: () => {},
  };
  return { isAvailable: () => true, load: async () => library };
}
