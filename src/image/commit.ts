// `docker commit`: a container's upper directory packed as a layer, the way
// overlay2 exports it (moby's overlay whiteout converter, writing side): a
// 0/0 character device becomes an empty `.wh.NAME` file (mode 0600), an
// opaque directory gets a `.wh..wh..opq` file, and overlayfs's own xattrs
// (origin, impure...) stay behind. Names go parents first, in byte order;
// a second name of the same inode is a hard link.
import { pack, type Header } from 'tar-stream';
import { bytesOf, type Inode } from '../engine/fs/inode.ts';
import { childIno, ROOT_INO, type Fs } from '../engine/fs/fs.ts';
import { byteStringToU8 } from './content.ts';
import { ImageError } from './errors.ts';
import type { Sha256Factory } from './hash.ts';
import { compareNames } from './names.ts';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from './layer.ts';
import type { ImageWorkspace } from './workspace.ts';

/** What tar-stream needs of a header (the rest it fills in). */
export type EntryHeader = Partial<Header> & { name: string; pax?: Record<string, string> };

export interface LayerTarEntry {
  header: EntryHeader;
  data?: Uint8Array;
}

/** tar-stream writes ids in 6 octal digits: larger ones go in PAX records (uid 3000000 and up is real). */
const ID_MAX = 0o777777;
function withIds<T extends EntryHeader>(h: T): T {
  if ((h.uid ?? 0) <= ID_MAX && (h.gid ?? 0) <= ID_MAX) return h;
  return { ...h, pax: { ...(h.pax ?? {}), uid: String(h.uid ?? 0), gid: String(h.gid ?? 0) } };
}

function dirAt(fs: Fs, path: string): number {
  let ino = ROOT_INO;
  for (const part of path.split('/')) {
    const next = childIno(fs, ino, part);
    if (next === undefined) throw new ImageError('container', { path }, `no directory ${path}`);
    ino = next;
  }
  return ino;
}

/** The entries of a layer tar for everything under the upper directory at `upperPath`. */
export function upperEntries(fs: Fs, upperPath: string, mtime = new Date(0)): LayerTarEntry[] {
  const out: LayerTarEntry[] = [];
  const seen = new Map<number, string>();
  const visit = (dirIno: number, prefix: string) => {
    const d = fs.inodes.get(dirIno);
    if (!d || d.kind !== 'dir') return;
    const names = [...d.entries.keys()].sort(compareNames);
    for (const name of names) {
      const ino = d.entries.get(name)!;
      const i = fs.inodes.get(ino) as Inode;
      const path = prefix === '' ? name : `${prefix}/${name}`;
      const base = { name: path, mode: i.mode, uid: i.uid, gid: i.gid, mtime };
      if (i.kind === 'chardev' && i.major === 0 && i.minor === 0) {
        const parent = prefix === '' ? '' : `${prefix}/`;
        out.push({ header: { ...base, name: `${parent}${WHITEOUT_PREFIX}${name}`, mode: 0o600, type: 'file', size: 0 } });
        continue;
      }
      if (i.kind !== 'dir' && seen.has(ino)) {
        out.push({ header: { ...base, type: 'link', linkname: seen.get(ino)!, size: 0 } });
        continue;
      }
      seen.set(ino, path);
      switch (i.kind) {
        case 'dir':
          out.push({ header: { ...base, name: `${path}/`, type: 'directory', size: 0 } });
          if (i.xattrs['trusted.overlay.opaque'] === 'y') {
            out.push({ header: { ...base, name: `${path}/${OPAQUE_MARKER}`, mode: i.mode & 0o777, type: 'file', size: 0 } });
          }
          visit(ino, path);
          break;
        case 'file': {
          const data = byteStringToU8(bytesOf(i.data));
          out.push({ header: { ...base, type: 'file', size: data.length }, data });
          break;
        }
        case 'symlink':
          out.push({ header: { ...base, mode: 0o777, type: 'symlink', linkname: i.target, size: 0 } });
          break;
        case 'chardev':
        case 'blockdev':
          out.push({ header: { ...base, type: i.kind === 'chardev' ? 'character-device' : 'block-device', devmajor: i.major, devminor: i.minor, size: 0 } });
          break;
        case 'fifo':
          out.push({ header: { ...base, type: 'fifo', size: 0 } });
          break;
        case 'socket':
          // A tar cannot hold a socket; docker commit leaves them out too.
          break;
      }
    }
  };
  visit(dirAt(fs, upperPath), '');
  return out;
}

/** Packs entries into one tar (in memory: a committed layer is what a scenario wrote). */
export async function packEntries(entries: readonly LayerTarEntry[]): Promise<Uint8Array> {
  const p = pack();
  const chunks: Uint8Array[] = [];
  const done = (async () => {
    for await (const c of p as unknown as AsyncIterable<Uint8Array>) chunks.push(c);
  })();
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => {
      const cb = (err?: Error | null) => (err ? reject(err) : resolve());
      const h = withIds(e.header) as Header;
      if (e.data) p.entry(h, e.data, cb);
      else p.entry(h, cb).end(undefined as never);
    });
  }
  p.finalize();
  await done;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export interface CommittedLayer {
  /** The layer as an uncompressed tar. */
  tar: Uint8Array;
  /** sha256 of the tar: the config's new diff id. */
  diffId: string;
  entries: number;
  whiteouts: number;
  opaqueDirs: number;
}

/** Packs a running container's upper directory as a new layer. */
export async function commitContainer(w: ImageWorkspace, container: string, hash: Sha256Factory = w.hash): Promise<CommittedLayer> {
  const c = w.containers.find((x) => x.name === container);
  if (!c) throw new ImageError('container', { name: container }, `no container named ${container}`);
  const entries = upperEntries(w.state.fs, `${w.home}/${c.id}/diff`);
  const tar = await packEntries(entries);
  const h = hash();
  h.update(tar);
  const names = entries.map((e) => e.header.name.replace(/\/$/, '').split('/').pop()!);
  return {
    tar,
    diffId: `sha256:${h.hex()}`,
    entries: entries.length,
    whiteouts: names.filter((n) => n.startsWith(WHITEOUT_PREFIX) && n !== OPAQUE_MARKER).length,
    opaqueDirs: names.filter((n) => n === OPAQUE_MARKER).length,
  };
}

