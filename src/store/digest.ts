// Which archive a share link means: the sha256 of the archive's bytes, the
// one name every format has (a single layer tar has no manifest, a `docker
// save` of Docker 24 no manifest digest). The browser's native hash when
// it has one (a secure context); the engine's incremental one elsewhere,
// a chunk at a time.
import type { SharedImage } from '../scenario/share.ts';
import { knownAs, shelf } from './shelf.ts';

const digestOf = new WeakMap<Blob, Promise<string>>();

/** Archives up to this size are read whole for the native hash; a bigger one goes through the incremental hash a chunk at a time. */
const NATIVE_MAX = 512 << 20;

async function compute(blob: Blob): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle && blob.size <= NATIVE_MAX) {
    try {
      const hash = await subtle.digest('SHA-256', await blob.arrayBuffer());
      return `sha256:${[...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    } catch {
      // Out of memory for the whole file, say: the incremental hash below reads it in chunks.
    }
  }
  const { nobleSha256 } = await import('../image/hash.ts');
  const h = nobleSha256();
  const CHUNK = 4 << 20;
  for (let at = 0; at < blob.size; at += CHUNK) h.update(new Uint8Array(await blob.slice(at, at + CHUNK).arrayBuffer()));
  return `sha256:${h.hex()}`;
}

/** `sha256:<64 hex>` of the archive's bytes; computed once per Blob. */
export function archiveDigest(blob: Blob): Promise<string> {
  let p = digestOf.get(blob);
  if (!p) {
    p = compute(blob);
    digestOf.set(blob, p);
    p.catch(() => digestOf.delete(blob));
  }
  return p;
}

/**
 * The archive a link names, if this browser's shelf keeps it: only archives
 * of the same size are hashed. Remembers the key it is kept under, so the
 * session opened on it does not shelve it a second time.
 */
export async function findKept(image: SharedImage): Promise<Blob | null> {
  let keys: string[];
  try {
    keys = await shelf().keys();
  } catch {
    return null;
  }
  for (const key of keys) {
    const blob = await shelf()
      .get(key)
      .catch(() => undefined);
    if (!blob || blob.size !== image.size) continue;
    if ((await archiveDigest(blob).catch(() => '')) !== image.digest) continue;
    knownAs(blob, key);
    return blob;
  }
  return null;
}
