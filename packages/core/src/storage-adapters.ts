/** Where the session store keeps the session between page loads: any `Storage`-like object. */
export interface SessionStorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * `memory` (the default) keeps the session for the life of the page only. `sessionStorage`
 * and `localStorage` let page JavaScript read the token: use them in development or on servers,
 * never with real users' sessions in a browser (see docs/decisions/0003).
 */
export type SessionStorageOption = 'memory' | 'sessionStorage' | 'localStorage' | SessionStorageAdapter;

export function createMemoryStorage(): SessionStorageAdapter {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

function isStorageLike(value: unknown): value is SessionStorageAdapter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'getItem') === 'function' &&
    typeof Reflect.get(value, 'setItem') === 'function' &&
    typeof Reflect.get(value, 'removeItem') === 'function'
  );
}

/** Reading `localStorage` itself throws in some browsers (cookies disabled, sandboxed frames). */
function webStorage(name: 'sessionStorage' | 'localStorage'): SessionStorageAdapter | undefined {
  try {
    const storage: unknown = Reflect.get(globalThis, name);
    return isStorageLike(storage) ? storage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps a storage so that it never throws: the first failure (quota, security error,
 * private mode) switches it to memory for the rest of the page's life, keeping the value
 * that was being written.
 */
export function createFallbackStorage(primary: SessionStorageAdapter): SessionStorageAdapter {
  const memory = createMemoryStorage();
  let active: SessionStorageAdapter = primary;
  const attempt = <T>(operation: (storage: SessionStorageAdapter) => T): T => {
    if (active !== memory) {
      try {
        return operation(active);
      } catch {
        active = memory;
      }
    }
    return operation(memory);
  };
  return {
    getItem: (key) => attempt((storage) => storage.getItem(key)),
    setItem: (key, value) => attempt((storage) => storage.setItem(key, value)),
    removeItem: (key) => attempt((storage) => storage.removeItem(key)),
  };
}

/** Turns the `storage` option into an adapter that never throws. */
export function resolveSessionStorage(option: SessionStorageOption = 'memory'): SessionStorageAdapter {
  if (option === 'memory') return createMemoryStorage();
  const primary = typeof option === 'string' ? webStorage(option) : option;
  return primary === undefined ? createMemoryStorage() : createFallbackStorage(primary);
}
