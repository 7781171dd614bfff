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

export async function indexArchive(source: ByteSource, signal?: AbortSignal, onBytes?: (n: number) => void, maxEntryBytes?: number): Promise<ArchiveIndex> {
  const members = new Map<string, Member>();
  let last = 0;
  await readTar(
    source.stream(),
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
