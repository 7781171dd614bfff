// sha256, incrementally: blob digests, layer diff ids and every file's
// digest. The default is @noble/hashes (pure JS, synchronous, any host);
// a host with a native hash passes its own (tools/ pass node:crypto, which
// is ten times faster), since an image means hashing its bytes three times.
import { sha256 } from '@noble/hashes/sha2.js';
import type { IHasher } from 'hash-wasm';

export interface Sha256 {
  update(data: Uint8Array): void;
  /** Lowercase hex; the hasher is done after this. */
  hex(): string;
}

export type Sha256Factory = () => Sha256;

/**
 * An incremental sha256 whose work may be done elsewhere (another
 * thread): update may return a promise to wait for before the next (it is
 * behind), and the digest comes later.
 */
export interface AsyncSha256 {
  update(data: Uint8Array): void | Promise<void>;
  hex(): Promise<string>;
}

export type AsyncSha256Factory = () => AsyncSha256;

/** A synchronous hasher behind the asynchronous interface. */
export function asyncOf(make: Sha256Factory): AsyncSha256Factory {
  return () => {
    const h = make();
    return { update: (d) => h.update(d), hex: async () => h.hex() };
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]];
  return out;
}

export const nobleSha256: Sha256Factory = () => {
  const h = sha256.create();
  return {
    update: (d) => void h.update(d),
    hex: () => toHex(h.digest()),
  };
};

/** sha256 of some bytes at once, in hex. */
export function sha256Hex(make: Sha256Factory, data: Uint8Array): string {
  const h = make();
  h.update(data);
  return h.hex();
}

/** The sha256 of no bytes: every empty file has it. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * sha256 in WebAssembly (hash-wasm): about twice @noble/hashes' speed, for
 * the browser's worker, where opening an image hashes every byte three
 * times. One WebAssembly instance serves every hasher: a hasher that finds
 * another's state in it saves that state and loads its own, so hashers can
 * be interleaved (a blob's digest, its tar's, a file's) at the cost of a
 * state copy only when they take turns. Null where WebAssembly cannot run.
 */
export async function wasmSha256(): Promise<Sha256Factory | null> {
  let w: IHasher;
  try {
    const { createSHA256 } = await import('hash-wasm');
    w = await createSHA256();
  } catch {
    return null;
  }
  type Slot = { state: Uint8Array | null };
  let owner: Slot | null = null;
  const take = (me: Slot) => {
    if (owner === me) return;
    if (owner) owner.state = w.save();
    if (me.state) w.load(me.state);
    else w.init();
    owner = me;
  };
  return () => {
    const me: Slot = { state: null };
    return {
      update(d) {
        take(me);
        w.update(d);
      },
      hex() {
        take(me);
        const out = w.digest('hex');
        owner = null;
        return out;
      },
    };
  };
}

/**
 * The host's native one-shot sha256 (WebCrypto's, which the browser runs
 * off the calling thread, in native code), or undefined where there is
 * none (an insecure context). For whole files only: it is not incremental.
 */
export function webCryptoDigest(): ((bytes: Uint8Array) => Promise<string>) | undefined {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  return async (bytes) => toHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}
