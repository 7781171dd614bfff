// One layer as Docker's overlay2 driver unpacks it into its own empty
// diff/ directory (moby's archive.Unpack with the overlay whiteout
// converter; containerd's apply does the same): `.wh.NAME` becomes a 0/0
// character device NAME, `.wh..wh..opq` makes its directory opaque, an
// existing name is replaced unless both are directories (then only the
// metadata changes), missing parents are made 0755 root:root, and a hard
// link shares the inode of a name earlier in the same layer. Names that
// whiteout nothing (`.wh.`, `.wh..`) are refused, as containerd does.
import type { Bytes } from '../engine/api.ts';
import type { Compression } from './compression.ts';
import { ImageError } from './errors.ts';
import { EMPTY_SHA256, type Sha256Factory } from './hash.ts';
import { compareNames, layerPath, slashPath } from './names.ts';
import type { EntrySink, TarEntry } from './tar-read.ts';

export type NodeKind = 'file' | 'dir' | 'symlink' | 'chardev' | 'blockdev' | 'fifo';

/** Where a layer blob's bytes are, to fetch one large file from it again. */
export interface BlobLocation {
  /** The blob's name in the archive, for messages. */
  readonly where: string;
  readonly compression: Compression;
  /** The blob's stored (compressed) bytes, in order, read synchronously. Throws when the host cannot. */
  chunks(): Iterable<Uint8Array>;
}

export type FileContent =
  /** A small file's bytes, one char per byte. */
  | { readonly kind: 'inline'; readonly bytes: Bytes }
  /** A large file: where its bytes start in the layer's uncompressed tar stream. */
  | { readonly kind: 'lazy'; readonly blob: BlobLocation; readonly offset: number };

/** One inode of a layer's diff/ directory; hard-linked names share the object. */
export interface LayerNode {
  kind: NodeKind;
  mode: number;
  uid: number;
  gid: number;
  /** A regular file's length; 0 for everything else. */
  size: number;
  /** A regular file's sha256 in hex; '' for everything else. */
  sha256: string;
  /** A symlink's target; '' otherwise. */
  target: string;
  major: number;
  minor: number;
  content?: FileContent;
  /** Names this inode has in the layer. */
  nlink: number;
  /** A character device 0/0: an overlay whiteout (made from `.wh.NAME`, or stored so). */
  whiteout: boolean;
  /** A directory's entries. */
  children?: Map<string, LayerNode>;
  /** A directory marked opaque (`.wh..wh..opq`). */
  opaque: boolean;
  /** A directory made only because an entry needed a parent (0755 root:root). */
  implicit: boolean;
}

export interface LayerStats {
  /** Tar entries read. */
  entries: number;
  whiteouts: number;
  opaqueDirs: number;
  /** Regular-file inodes in diff/ (a hard-linked file once). */
  files: number;
  /** Their bytes: what the layer stores. */
  bytes: number;
}

export interface LayerTree {
  root: LayerNode;
  stats: LayerStats;
  /**
   * Regular files (not empty) whose sha256 is still to come ('' until
   * then), by where their bytes start in the layer's tar: a layer opened
   * with its checks left for later (verifyImage fills them in).
   */
  pending?: Map<number, LayerNode>;
}

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';
const AUFS_META_PREFIX = '.wh..wh.';

export function newDir(mode: number, uid = 0, gid = 0, implicit = false): LayerNode {
  return { kind: 'dir', mode, uid, gid, size: 0, sha256: '', target: '', major: 0, minor: 0, nlink: 1, whiteout: false, children: new Map(), opaque: false, implicit };
}

export function newNode(kind: NodeKind, fields: Partial<LayerNode>): LayerNode {
  return { kind, mode: 0, uid: 0, gid: 0, size: 0, sha256: '', target: '', major: 0, minor: 0, nlink: 1, whiteout: false, opaque: false, implicit: false, ...fields };
}

export interface LayerBuilderOptions {
  hash: Sha256Factory;
  /**
   * A one-shot sha256 that runs off this thread (the browser's WebCrypto):
   * files above the inline limit are hashed with it instead of `hash`. It
   * must have copied its input when it returns, as WebCrypto does: one
   * buffer serves every file. settle() waits for the digests; backlog()
   * tells the reader to wait while too many bytes are still being hashed.
   */
  digest?: OneShotDigest;
  /** Files up to this size keep their bytes; larger ones are fetched from the blob on demand. */
  inlineLimit: number;
  blob: BlobLocation;
  /** Leave the files' sha256 for later (verifyImage): nothing is hashed, each file waits in `pending`. */
  deferDigests?: boolean;
}

/** sha256 in hex of some bytes, at once, answered later; the bytes are copied before it returns. */
export type OneShotDigest = (bytes: Uint8Array) => Promise<string>;

/**
 * Bytes of large files handed to the one-shot digest and not yet answered,
 * at most: the browser keeps its copy of them until this thread takes the
 * answer, which a busy reader never lets it do. Past this, reading waits.
 * A file larger than this is hashed on the spot.
 */
const PENDING_LIMIT = 16 << 20;

/** Byte string of some chunks (one char per byte). */
function latin1(chunks: Uint8Array[], size: number): Bytes {
  let out = '';
  for (const c of chunks) {
    for (let i = 0; i < c.length; i += 0x2000) out += String.fromCharCode.apply(null, c.subarray(i, i + 0x2000) as unknown as number[]);
  }
  if (out.length !== size) throw new Error(`image bug: read ${out.length} bytes for a ${size}-byte file`);
  return out;
}

export class LayerBuilder {
  readonly root = newDir(0o755);
  private entries = 0;
  private pending: Promise<void>[] = [];
  private pendingBytes = 0;
  /** Where a large file is gathered for the one-shot digest, reused for each (the digest copies it). */
  private scratch = new Uint8Array(0);
  /** Files whose sha256 is left for later, by offset (deferDigests). */
  private readonly later = new Map<number, LayerNode>();

  constructor(
    private readonly where: string,
    private readonly opts: LayerBuilderOptions,
  ) {}

  private fail(code: ConstructorParameters<typeof ImageError>[0], entry: string, message: string, extra: Record<string, string> = {}): never {
    throw new ImageError(code, { file: this.where, entry, ...extra }, `${this.where}: entry ${JSON.stringify(entry)}: ${message}`);
  }

  /** The directory at `parts`, made (0755 root:root) where missing, as MkdirAll does. */
  private parentDir(parts: string[], entry: string): LayerNode {
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i];
      let next = dir.children!.get(name);
      if (!next) {
        next = newDir(0o755, 0, 0, true);
        dir.children!.set(name, next);
      } else if (next.kind === 'symlink') {
        this.fail('path-through-symlink', entry, `its parent ${slashPath(parts.slice(0, i + 1))} is a symlink in this layer; writing through it could land outside the layer`);
      } else if (next.kind !== 'dir') {
        this.fail('parent-not-dir', entry, `its parent ${slashPath(parts.slice(0, i + 1))} is not a directory in this layer`);
      }
      dir = next;
    }
    return dir;
  }

  /** Takes a name out of a directory (RemoveAll: a directory goes with everything in it). */
  private static unlink(dir: LayerNode, name: string): void {
    const old = dir.children!.get(name);
    if (!old) return;
    dir.children!.delete(name);
    old.nlink--;
  }

  entry(e: TarEntry): EntrySink | void {
    this.entries++;
    const parts = layerPath(e.name, this.where);
    // The layer root itself: diff/ already exists, and moby and containerd skip it.
    if (parts.length === 0) return;
    const base = parts[parts.length - 1];
    if (parts.length === 1 && base.startsWith(AUFS_META_PREFIX) && base !== OPAQUE_MARKER) return; // aufs metadata (.wh..wh.plnk ...)
    const parent = this.parentDir(parts.slice(0, -1), e.name);

    if (base === OPAQUE_MARKER) {
      parent.opaque = true;
      return;
    }
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const hidden = base.slice(WHITEOUT_PREFIX.length);
      if (hidden === '' || hidden === '.' || hidden === '..') {
        this.fail('bad-whiteout', e.name, `a whiteout must name an entry of its directory, and ${JSON.stringify(base)} does not`);
      }
      if (parent.children!.has(hidden)) {
        this.fail('bad-whiteout', e.name, `whiteout for ${JSON.stringify(hidden)}, which this same layer also holds (mknod fails: file exists)`, { reason: 'exists' });
      }
      parent.children!.set(hidden, newNode('chardev', { mode: 0, uid: e.uid, gid: e.gid, whiteout: true }));
      return;
    }

    if (e.type === 'link') {
      const targetParts = layerPath(e.linkname, this.where, 'link target');
      let target: LayerNode | undefined = this.root;
      for (const p of targetParts) target = target?.kind === 'dir' ? target.children!.get(p) : undefined;
      if (!target || target.kind === 'dir' || targetParts.length === 0) {
        this.fail('bad-hardlink', e.name, `hard link to ${JSON.stringify(e.linkname)}, which is not a file earlier in this layer`, { target: e.linkname });
      }
      if (parent.children!.get(base) === target) return;
      LayerBuilder.unlink(parent, base);
      parent.children!.set(base, target);
      target.nlink++;
      // moby chowns the new name and chmods it unless it is a symlink: the shared inode takes the link entry's metadata.
      target.uid = e.uid;
      target.gid = e.gid;
      if (target.kind !== 'symlink') target.mode = e.mode;
      return;
    }

    const existing = parent.children!.get(base);
    if (existing && existing.kind === 'dir' && e.type === 'dir') {
      existing.mode = e.mode;
      existing.uid = e.uid;
      existing.gid = e.gid;
      existing.implicit = false;
      return;
    }
    if (existing) LayerBuilder.unlink(parent, base);

    switch (e.type) {
      case 'dir':
        parent.children!.set(base, newDir(e.mode, e.uid, e.gid));
        return;
      case 'symlink':
        parent.children!.set(base, newNode('symlink', { mode: 0o777, uid: e.uid, gid: e.gid, target: e.linkname }));
        return;
      case 'chardev':
      case 'blockdev':
        parent.children!.set(
          base,
          newNode(e.type, { mode: e.mode, uid: e.uid, gid: e.gid, major: e.major, minor: e.minor, whiteout: e.type === 'chardev' && e.major === 0 && e.minor === 0 }),
        );
        return;
      case 'fifo':
        parent.children!.set(base, newNode('fifo', { mode: e.mode, uid: e.uid, gid: e.gid }));
        return;
      case 'file':
        return this.file(parent, base, e);
    }
  }

  private file(parent: LayerNode, base: string, e: TarEntry): EntrySink {
    const node = newNode('file', { mode: e.mode, uid: e.uid, gid: e.gid, size: e.size });
    parent.children!.set(base, node);
    const inline = e.size <= this.opts.inlineLimit;
    if (e.size === 0) {
      node.sha256 = EMPTY_SHA256;
      node.content = { kind: 'inline', bytes: '' };
      return { data() {}, end() {} };
    }
    const content = (chunks: Uint8Array[]): LayerNode['content'] => (inline ? { kind: 'inline', bytes: latin1(chunks, e.size) } : { kind: 'lazy', blob: this.opts.blob, offset: e.offset });
    if (this.opts.deferDigests) {
      this.later.set(e.offset, node);
      if (!inline) {
        node.content = content([]);
        return { data() {}, end() {} };
      }
      const kept: Uint8Array[] = [];
      return {
        data: (chunk) => void kept.push(chunk),
        end: () => {
          node.content = content(kept);
        },
      };
    }
    const digest = this.opts.digest;
    if (digest && !inline && e.size <= PENDING_LIMIT) {
      // Gathered in the scratch buffer (grown, never shrunk: faulting in fresh pages for each file cost more than the copy).
      if (this.scratch.length < e.size) this.scratch = new Uint8Array(Math.max(e.size, 2 * this.scratch.length, 1 << 20));
      const whole = this.scratch.subarray(0, e.size);
      let at = 0;
      return {
        data: (chunk) => {
          whole.set(chunk, at);
          at += chunk.length;
        },
        end: () => {
          node.content = content([]);
          this.pendingBytes += e.size;
          this.pending.push(
            digest(whole).then((hex) => {
              node.sha256 = hex;
              this.pendingBytes -= e.size;
            }),
          );
        },
      };
    }
    const h = this.opts.hash();
    const chunks: Uint8Array[] = [];
    return {
      data: (chunk) => {
        h.update(chunk);
        // No copy: the chunk is turned into the byte string at the end of this same entry.
        if (inline) chunks.push(chunk);
      },
      end: () => {
        node.sha256 = h.hex();
        node.content = content(chunks);
      },
    };
  }

  /** A wait for the one-shot digests when too many bytes await them, else undefined (read on). */
  backlog(): Promise<void> | undefined {
    return this.pendingBytes > PENDING_LIMIT ? this.settle() : undefined;
  }

  /** Waits for the one-shot digests still being taken (a failure is the layer's). */
  async settle(): Promise<void> {
    while (this.pending.length) {
      const now = this.pending;
      this.pending = [];
      await Promise.all(now);
    }
  }

  finish(): LayerTree {
    return { root: this.root, stats: { entries: this.entries, ...countTree(this.root) }, ...(this.opts.deferDigests ? { pending: this.later } : {}) };
  }
}

/** Whiteouts, opaque directories, and distinct file inodes with their bytes. */
export function countTree(root: LayerNode): Omit<LayerStats, 'entries'> {
  let whiteouts = 0;
  let opaqueDirs = 0;
  let files = 0;
  let bytes = 0;
  const seen = new Set<LayerNode>();
  const visit = (d: LayerNode) => {
    if (d.opaque) opaqueDirs++;
    for (const c of d.children!.values()) {
      if (c.kind === 'dir') visit(c);
      else if (c.whiteout) whiteouts++;
      else if (c.kind === 'file' && !seen.has(c)) {
        seen.add(c);
        files++;
        bytes += c.size;
      }
    }
  };
  visit(root);
  return { whiteouts, opaqueDirs, files, bytes };
}

/** Calls `fn` for every name in a layer, parents first, names in bytewise order. */
export function walkLayer(root: LayerNode, fn: (path: string[], node: LayerNode) => void, prefix: string[] = []): void {
  const names = [...root.children!.keys()].sort(byteOrder);
  for (const name of names) {
    const node = root.children!.get(name)!;
    const path = [...prefix, name];
    fn(path, node);
    if (node.kind === 'dir') walkLayer(node, fn, path);
  }
}

export const byteOrder = compareNames;

/**
 * The names a layer's tar holds, as the tar spells them, parents first: a
 * whiteout as `dir/.wh.NAME`, an opaque directory with its
 * `dir/.wh..wh..opq`; the parents made only for an entry are not listed.
 */
export function layerTarNames(root: LayerNode): string[] {
  const out: string[] = [];
  walkLayer(root, (path, node) => {
    const dir = path.slice(0, -1);
    const name = path[path.length - 1];
    if (node.whiteout) out.push([...dir, `${WHITEOUT_PREFIX}${name}`].join('/'));
    else if (!node.implicit) out.push(path.join('/'));
    if (node.kind === 'dir' && node.opaque) out.push([...path, OPAQUE_MARKER].join('/'));
  });
  return out;
}
