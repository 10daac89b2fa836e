import type { Browser, Page } from 'playwright-core';

/** What page JavaScript can read at one moment: `document.cookie`, both storages and app globals. */
interface ReadableState {
  cookie: string;
  localStorage: string[];
  sessionStorage: string[];
  globals: string[];
}

export interface SecretWatch {
  /** Every URL the page requested (documents, scripts, fetches), in order. */
  readonly requestUrls: string[];
  /** Records what page JavaScript can read now; call it after each step. */
  record(): Promise<void>;
  /** Each recorded place, labelled, that contains one of `secrets` or a JWT. */
  leaks(secrets: readonly string[]): string[];
  /** How many states were recorded, so a test can tell it looked. */
  readonly recordings: number;
}

/** Three base64url segments with a JSON header: a session JWT, a fooBar or a `tempToken`. */
const jwtPattern = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

/** Names a blank page already has, so only what the app added counts as its globals. */
async function standardGlobals(browser: Browser): Promise<string[]> {
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(() => Object.getOwnPropertyNames(window));
  } finally {
    await blank.close();
  }
}

function readState(standard: readonly string[]): ReadableState {
  const known = new Set(standard);
  const entries = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, index) => {
      const key = storage.key(index) ?? '';
      return `${key}=${storage.getItem(key) ?? ''}`;
    });
  const describe = (name: string): string => {
    const value: unknown = Reflect.get(window, name);
    if (typeof value === 'function') return `${name}: function`;
    try {
      return `${name}=${JSON.stringify(value)}`;
    } catch {
      return `${name}=${String(value)}`;
    }
  };
  return {
    cookie: document.cookie,
    localStorage: entries(window.localStorage),
    sessionStorage: entries(window.sessionStorage),
    globals: Object.getOwnPropertyNames(window)
      .filter((name) => !known.has(name))
      .map(describe),
  };
}

/**
 * Watches one page for secrets in every place its JavaScript (or an extension, or an XSS) could
 * read them: request URLs, `document.cookie`, localStorage, sessionStorage and app-defined
 * globals. The DOM is not watched: a person must see their new recovery codes and TOTP key.
 */
export async function watchBrowserSecrets(browser: Browser, page: Page): Promise<SecretWatch> {
  const standard = await standardGlobals(browser);
  const requestUrls: string[] = [];
  const states: ReadableState[] = [];
  page.on('request', (request) => requestUrls.push(request.url()));
  return {
    requestUrls,
    get recordings() {
      return states.length;
    },
    async record() {
      states.push(await page.evaluate(readState, standard));
    },
    leaks(secrets) {
      const places = [
        ...requestUrls.map((url) => ({ label: 'request URL', text: decodeURIComponent(url) })),
        ...states.flatMap((state) => [
          { label: 'document.cookie', text: state.cookie },
          ...state.localStorage.map((text) => ({ label: 'localStorage', text })),
          ...state.sessionStorage.map((text) => ({ label: 'sessionStorage', text })),
          ...state.globals.map((text) => ({ label: 'global', text })),
        ]),
      ];
      return places
        .filter(({ text }) => jwtPattern.test(text) || secrets.some((secret) => text.includes(secret)))
        .map(({ label, text }) => `${label}: ${text.slice(0, 200)}`);
    },
  };
}
