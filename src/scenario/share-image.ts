// How a share link names the image a session runs on, without fflate (the
// share module loads with the first share; the prompt and the share dialog
// need only these): the file name, size and sha256 of the archive.

/** The image a shared session runs on, as the link names it. */
export interface SharedImage {
  /** The archive's file name, as the sender opened it. */
  name: string;
  /** Its size in bytes. */
  size: number;
  /** `sha256:` and the 64 hex digits of the archive's bytes (src/store/digest.ts). */
  digest: string;
}

export const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** True for an image reference a link may carry. */
export function isSharedImage(x: unknown): x is SharedImage {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.name === 'string' && o.name.length > 0 && o.name.length <= 4096 && ![...o.name].some((c) => c.charCodeAt(0) < 0x20) && Number.isSafeInteger(o.size) && (o.size as number) >= 0 && typeof o.digest === 'string' && DIGEST.test(o.digest);
}

/** A digest as people read it in a sentence: `sha256:` and its first 12 hex digits, then an ellipsis. */
export function shortDigest(digest: string): string {
  return digest.startsWith('sha256:') && digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
