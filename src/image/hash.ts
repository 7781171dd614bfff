// sha256, incrementally: blob digests, layer diff ids and every file's
// digest. The default is @noble/hashes (pure JS, synchronous, any host);
// a host with a native hash passes its own (tools/ pass node:crypto, which
// is ten times faster), since an image means hashing its bytes three times.
import { sha256 } from '@noble/hashes/sha2.js';

export interface Sha256 {
  update(data: Uint8Array): void;
  /** Lowercase hex; the hasher is done after this. */
  hex(): string;
}

export type Sha256Factory = () => Sha256;

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
