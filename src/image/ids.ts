// Names Docker draws at random, drawn here from digests instead, so that
// the same image always gets the same names.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (no padding) of the bytes a hex string spells. */
export function base32(hex: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    value = (value << 8) | parseInt(hex.slice(i, i + 2), 16);
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
