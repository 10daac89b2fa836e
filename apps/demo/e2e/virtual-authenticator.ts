import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** The autofill passkey requests `holdAutofillRequests` holds, in end-to-end tests only. */
    __autofillPasskeyRequests?: { count(): number; pick(): void };
  }
}

/** A passkey as the authenticator holds it (CDP's `WebAuthn.Credential`, the fields tests read). */
export interface HeldPasskey {
  /** base64 (not base64url) of the credential id. */
  credentialId: string;
  rpId?: string;
  isResidentCredential: boolean;
  signCount: number;
}

export interface VirtualAuthenticator {
  /** What the authenticator holds now. */
  passkeys(): Promise<HeldPasskey[]>;
  /** How many autofill (conditional) passkey requests of the page wait for the person to pick one. */
  waitingInAutofill(): Promise<number>;
  /** The person picks their passkey in the email field's autofill list. */
  pickFromAutofill(): Promise<void>;
}

/**
 * Holds each conditional `navigator.credentials.get()` (the passkey offered in the email field's
 * autofill) until the test picks it, as a real browser holds it until the person does. Chromium's
 * virtual environment would otherwise answer it at once, signing whoever opens the sign-in page
 * straight in. Aborting the request (a button press starts a new ceremony) ends it as natively.
 */
function holdAutofillRequests(): void {
  const waiting = new Set<() => void>();
  const nativeGet = navigator.credentials.get.bind(navigator.credentials);
  navigator.credentials.get = (options) => {
    if (options?.mediation !== 'conditional') return nativeGet(options);
    const signal = options.signal;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const pick = () => {
        signal?.removeEventListener('abort', abort);
        nativeGet(options).then(resolve, reject);
      };
      const abort = () => {
        waiting.delete(pick);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      waiting.add(pick);
    });
  };
  window.__autofillPasskeyRequests = {
    count: () => waiting.size,
    pick: () => {
      const picks = [...waiting];
      waiting.clear();
      for (const pick of picks) pick();
    },
  };
}

/**
 * Gives `page` a platform authenticator through the Chrome DevTools Protocol, as a laptop with a
 * fingerprint reader: CTAP2 over `internal`, resident keys (passkeys) and user verification,
 * which it always passes. Chromium then runs real WebAuthn ceremonies (real keys, real
 * signatures) with no dialog, answering every prompt as a person confirming it would. Call it
 * before the page's first navigation.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  await page.addInitScript(holdAutofillRequests);
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    passkeys: async () => (await session.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    waitingInAutofill: () => page.evaluate(() => window.__autofillPasskeyRequests?.count() ?? 0),
    pickFromAutofill: () => page.evaluate(() => window.__autofillPasskeyRequests?.pick()),
  };
}
