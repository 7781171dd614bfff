// Where an opened image's bytes wait between visits. A session is saved
// as text (its script, cursor, redo stack); an image session also needs
// the archive it was opened from, which is far too big for localStorage.
// The archive goes on a shelf (IndexedDB in the browser, through
// idb-keyval) under a key the saved text names, and comes back on reload.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

export interface Shelf {
  put(key: string, blob: Blob): Promise<void>;
  get(key: string): Promise<Blob | undefined>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The browser's shelf: one IndexedDB store of Blobs. */
export function indexedDbShelf(): Shelf {
  let db: UseStore | null = null;
  const store = () => (db ??= createStore('overlay-lab', 'images'));
  return {
    put: (k, b) => set(k, b, store()),
    get: (k) => get<Blob>(k, store()),
    del: (k) => del(k, store()),
    keys: async () => (await keys(store())).map(String),
  };
}

/** A shelf in memory (tests, and a browser that refuses IndexedDB): kept for this page only. */
export function memoryShelf(): Shelf {
  const m = new Map<string, Blob>();
  return {
    put: async (k, b) => void m.set(k, b),
    get: async (k) => m.get(k),
    del: async (k) => void m.delete(k),
    keys: async () => [...m.keys()],
  };
}

let current: Shelf = memoryShelf();

/** The shelf sessions use from now on (the page sets IndexedDB's at start). */
export function setShelf(s: Shelf): void {
  current = s;
}

export function shelf(): Shelf {
  return current;
}

const keyOfBlob = new WeakMap<Blob, string>();

/** The key an opened archive is kept under: one per Blob, made the first time it is asked. */
export function shelfKey(blob: Blob): string {
  let k = keyOfBlob.get(blob);
  if (!k) {
    k = `image-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    keyOfBlob.set(blob, k);
  }
  return k;
}

/** Remembers that `blob` is the one kept under `key` (after it came back from the shelf). */
export function knownAs(blob: Blob, key: string): void {
  keyOfBlob.set(blob, key);
}
