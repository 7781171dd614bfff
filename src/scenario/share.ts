// Share links: the scenario text, deflated and base64url-encoded, in the
// URL fragment. The fragment never reaches a server, so a link works from
// any static host and the scenario stays between the people who share it.
//
// A session on a container image (version 2) carries its commands and
// names the image: its file name, size and the sha256 of the archive's
// bytes. Never the bytes themselves: the receiver opens the file, and the
// digest proves it is the same one.
import { Inflate, deflateSync, strToU8 } from 'fflate';
import { MAX_SCRIPT_BYTES } from './script.ts';
import { isSharedImage, type SharedImage } from './share-image.ts';

export { DIGEST, isSharedImage, shortDigest, type SharedImage } from './share-image.ts';

/** `#s=<version>.<payload>`: a version, so a later encoding can still read old links. */
export const SHARE_KEY = 's';
const VERSION = '1';
/** A session on an image: the payload is JSON, `{ script, image }`. */
const IMAGE_VERSION = '2';
/** Longest payload accepted; a compressed 1 MiB script is far shorter. */
const MAX_PAYLOAD = 512 * 1024;

export class ShareLinkError extends Error {}

/** What a share link carries: the script, and the image it runs on (null: an ordinary session). */
export interface SharedSession {
  script: string;
  image: SharedImage | null;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('the link is damaged: it holds characters a share link never has');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new ShareLinkError('the link is damaged: its data is cut short');
  }
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The fragment value (without `#s=`) for a scenario text, and the image it runs on if any. */
export function encodeShare(text: string, image?: SharedImage | null): string {
  if (image) {
    const { name, size, digest } = image;
    return `${IMAGE_VERSION}.${toBase64Url(deflateSync(strToU8(JSON.stringify({ script: text, image: { name, size, digest } })), { level: 9 }))}`;
  }
  return `${VERSION}.${toBase64Url(deflateSync(strToU8(text), { level: 9 }))}`;
}

/**
 * The scenario text a share value carries. Inflates in chunks and stops
 * past the script limit, so a crafted link cannot make the tab allocate
 * without bound.
 */
export function decodeShare(value: string): string {
  return decodeShareLink(value).script;
}

/** The session a share value carries: its script, and the image it names (version 2). */
export function decodeShareLink(value: string): SharedSession {
  const dot = value.indexOf('.');
  const version = dot < 0 ? '' : value.slice(0, dot);
  if (version !== VERSION && version !== IMAGE_VERSION) throw new ShareLinkError('the link was made by another version of Overlay Lab, or is damaged');
  const payload = value.slice(dot + 1);
  if (payload.length > MAX_PAYLOAD) throw new ShareLinkError('the link is too long to be a scenario');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_SCRIPT_BYTES) throw new ShareLinkError('the linked scenario is larger than scenarios may be');
    chunks.push(chunk);
  });
  try {
    inflater.push(fromBase64Url(payload), true);
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('the link is damaged: its data does not decompress');
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new ShareLinkError('the link is damaged: its scenario is not text');
  }
  if (version === VERSION) return { script: text, image: null };
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    o = null;
  }
  const r = (typeof o === 'object' && o !== null ? o : {}) as Record<string, unknown>;
  if (typeof r.script !== 'string' || !isSharedImage(r.image)) throw new ShareLinkError('the link is damaged: the image it names cannot be read');
  const { name, size, digest } = r.image;
  return { script: r.script, image: { name, size, digest } };
}

/** The share value in a location hash (`#s=...`, other keys ignored), or null. */
export function shareValueOf(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}

/** A full link: `base` (the page address without fragment) plus the fragment. */
export function shareLink(base: string, text: string, image?: SharedImage | null): string {
  return `${base.replace(/#.*$/, '')}#${SHARE_KEY}=${encodeShare(text, image)}`;
}
