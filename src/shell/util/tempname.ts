// gnulib's temporary names (`CuXXXXXX`) are random; here they come from the
// destination's name, so a run is the same every time and still unlikely to
// collide with a name a lesson uses.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function tempName(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  let out = 'Cu';
  for (let i = 0; i < 6; i++) {
    out += ALPHABET[h % ALPHABET.length];
    h = Math.imul(h ^ (h >>> 13), 2246822519) >>> 0;
  }
  return out;
}
