/**
 * A key-value store that never throws. Browsers throw on storage access in
 * sandboxed iframes, with cookies blocked, in some private modes and when the
 * quota is full; every such failure falls back to memory for this page.
 */
export type StorageKind = 'session' | 'local' | 'none';

export const STORAGE_PREFIX = 'sspr-code-help:';

export interface SafeStorage {
  readonly kind: StorageKind;
  /** True when values reach the browser's storage (and so survive a reload). */
  readonly persistent: boolean;
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

function browserStorage(kind: StorageKind): Storage | null {
  if (kind === 'none') return null;
  try {
    const storage = kind === 'local' ? window.localStorage : window.sessionStorage;
    // Some browsers hand out a storage object that throws only on write.
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export function createSafeStorage(kind: StorageKind): SafeStorage {
  const memory = new Map<string, string>();
  // Opened (and probed, which writes) on first use, not on creation: a controller's default
  // storage that the `storage` attribute replaces before any read is never touched.
  let opened = false;
  let browser: Storage | null = null;
  const backing = (): Storage | null => {
    if (!opened) {
      opened = true;
      browser = browserStorage(kind);
    }
    return browser;
  };
  const prefixed = (key: string) => STORAGE_PREFIX + key;
  return {
    kind,
    get persistent() {
      return backing() !== null;
    },
    get(key) {
      const store = backing();
      if (store) {
        try {
          return store.getItem(prefixed(key));
        } catch {
          browser = null;
        }
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      const store = backing();
      if (!store) return;
      try {
        store.setItem(prefixed(key), value);
      } catch {
        browser = null;
      }
    },
    remove(key) {
      memory.delete(key);
      const store = backing();
      if (!store) return;
      try {
        store.removeItem(prefixed(key));
      } catch {
        browser = null;
      }
    },
  };
}
