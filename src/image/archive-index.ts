// The first pass over an archive: which members it holds and where, and the
// bytes of the small JSON ones (manifest.json, index.json, manifests,
// configs). Layer blobs are only located here; they are read in a second
// pass, each as a range of the source.
import { ImageError } from './errors.ts';
import { layerPath } from './names.ts';
import type { ByteSource } from './source.ts';
import { readTar, type TarType } from './tar-read.ts';

export interface Member {
  /** Path inside the archive, cleaned ("blobs/sha256/ab..", "manifest.json"). */
  name: string;
  type: TarType;
  /** Where its bytes start in the source, and how many. */
  offset: number;
  size: number;
  /** Symlink target (podman's docker-archive links <id>/layer.tar to ../<digest>.tar). */
  linkname: string;
  /** A small JSON or text member's bytes. */
  bytes?: Uint8Array;
}

export interface ArchiveIndex {
  members: Map<string, Member>;
}

/** Members kept in memory in the first pass: JSON and the few small text files. */
const KEEP_MAX = 8 << 20;
const keepByName = (name: string) => name === 'oci-layout' || name === 'repositories' || name.endsWith('/VERSION');

/**
 * Does this first member name say "image archive" (docker save, skopeo,
 * podman, OCI layout) rather than "a layer"? Every producer we know starts
 * with one of these.
 */
export function looksLikeImageMember(name: string): boolean {
  const n = name.replace(/^\.\//, '');
  return /^(blobs\/|blobs$|oci-layout$|index\.json$|manifest\.json$|repositories$)/.test(n) || /^[0-9a-f]{64}(\/|\.json$|\.tar$|$)/.test(n);
}

/** The first entry's name, or null for an empty or unreadable tar. */
export async function firstMemberName(stream: ReadableStream<Uint8Array>, where: string): Promise<string | null> {
  let first: string | null = null;
  const stop = new Error('first entry seen');
  try {
    await readTar(stream, where, (e) => {
      first = e.name;
      throw stop;
    });
  } catch (e) {
    if (e !== stop && first === null) return null;
  }
  return first;
}

function cleanName(name: string, where: string): string {
  return layerPath(name, where, 'member name').join('/');
}

const ZEROS = new Uint8Array(1 << 20);

/** An octal or base-256 (GNU) numeric field; NaN when it is neither. */
function tarNumber(field: Uint8Array): number {
  if (field[0] & 0x80) {
    let n = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i];
    return n;
  }
  const text = String.fromCharCode(...field).replace(/\0.*$/s, '').trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : text === '' ? 0 : NaN;
}

/** A header block whose checksum holds (ustar, GNU or v7). */
function validHeader(h: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum === tarNumber(h.subarray(148, 156));
}

/**
 * The source's bytes, except the data of members too large to be kept,
 * which are zeros: the index needs headers and small JSON members only,
 * and reading a 60 MB layer blob to pass over it cost a third of a second
 * and as many megabytes. Every byte is where it is in the source, so the
 * tar reader sees the same archive and the same offsets. Headers are read
 * where the source can seek; anything unexpected (a bad checksum, a PAX
 * size, no synchronous reads) and the rest is read as it is.
 */
export function withoutLargeData(source: ByteSource, keepMax: number): ReadableStream<Uint8Array> {
  const readSync = source.readSync?.bind(source);
  if (!readSync) return source.stream();
  // Read a megabyte at a time: a synchronous read of a Blob is a round trip, and an archive of
  // 20,000 small members read header by header took 40 s.
  let window: Uint8Array = new Uint8Array(0);
  let windowAt = 0;
  const read = (from: number, to: number): Uint8Array => {
    if (from < windowAt || to > windowAt + window.length) {
      window = readSync(from, Math.min(source.size, Math.max(to, from + ZEROS.length)));
      windowAt = from;
    }
    return window.subarray(from - windowAt, Math.min(to, windowAt + window.length) - windowAt);
  };
  let pos = 0;
  /** Bytes of the current member's data still to give, and whether they are zeros. */
  let data = 0;
  let zero = false;
  let plain: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      if (plain) {
        const r = await plain.read();
        return r.done ? c.close() : c.enqueue(r.value);
      }
      if (pos >= source.size) return c.close();
      if (data > 0) {
        const n = Math.min(data, ZEROS.length);
        c.enqueue(zero ? ZEROS.subarray(0, n) : read(pos, pos + n));
        pos += n;
        data -= n;
        return;
      }
      const h = read(pos, Math.min(source.size, pos + 512));
      const type = String.fromCharCode(h[156] ?? 0);
      const size = h.length === 512 ? tarNumber(h.subarray(124, 136)) : NaN;
      // A PAX header may give the next entry another size: then, and on anything odd, read on as is.
      if (h.length < 512 || h.every((b) => b === 0) || !validHeader(h) || !(size >= 0) || type === 'x' || type === 'g') {
        plain = source.stream(pos).getReader();
        // Each pull must give something, or the stream waits for ever.
        const r = await plain.read();
        return r.done ? c.close() : c.enqueue(r.value);
      }
      c.enqueue(h);
      pos += 512;
      data = Math.ceil(size / 512) * 512;
      zero = size > keepMax;
    },
    cancel: (reason) => plain?.cancel(reason),
  });
}

export async function indexArchive(source: ByteSource, signal?: AbortSignal, onBytes?: (n: number) => void, maxEntryBytes?: number): Promise<ArchiveIndex> {
  const members = new Map<string, Member>();
  let last = 0;
  await readTar(
    withoutLargeData(source, KEEP_MAX),
    source.name,
    (e) => {
      const name = cleanName(e.name, source.name);
      const m: Member = { name, type: e.type, offset: e.offset, size: e.size, linkname: e.linkname };
      members.set(name, m);
      if (e.offset - last > 1 << 20) {
        onBytes?.(e.offset);
        last = e.offset;
      }
      // Manifests and configs sit at most three levels down (blobs/sha256/<hex>); a layer's own JSON files are not kept.
      if (e.type !== 'file' || e.size > KEEP_MAX || e.size === 0 || name.split('/').length > 3) return;
      const chunks: Uint8Array[] = [];
      let keep = keepByName(name) ? true : undefined;
      return {
        data(chunk) {
          if (keep === undefined) {
            // JSON starts with { or [ (after any whitespace).
            let i = 0;
            while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
            keep = i < chunk.length ? chunk[i] === 0x7b || chunk[i] === 0x5b : undefined;
          }
          if (keep) chunks.push(chunk.slice());
        },
        end() {
          if (!keep) return;
          const out = new Uint8Array(e.size);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.length;
          }
          m.bytes = out;
        },
      };
    },
    { signal, maxEntryBytes },
  );
  return { members };
}

/**
 * The regular file a member name leads to, following member symlinks
 * (relative to the member's directory) a few times.
 */
export function resolveMember(index: ArchiveIndex, name: string, where: string): Member {
  let current = name;
  for (let hops = 0; hops < 8; hops++) {
    let clean: string;
    try {
      clean = cleanName(current, where);
    } catch {
      break;
    }
    const m = index.members.get(clean);
    if (!m) break;
    if (m.type === 'file') return m;
    if (m.type !== 'symlink') break;
    const dir = clean.split('/').slice(0, -1).join('/');
    current = m.linkname.startsWith('/') ? m.linkname : dir === '' ? m.linkname : `${dir}/${m.linkname}`;
  }
  throw new ImageError('missing-blob', { file: where, blob: name }, `${where}: names ${JSON.stringify(name)}, which the archive does not hold`);
}

export function memberText(m: Member, where: string): string {
  if (!m.bytes) {
    throw new ImageError('bad-manifest', { file: m.name }, `${where}: ${m.name} is not a JSON document (or is over ${KEEP_MAX} bytes)`);
  }
  return new TextDecoder().decode(m.bytes);
}
