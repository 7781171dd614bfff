// Reading a tar stream with tar-stream (PAX, GNU long names, the ustar
// prefix, base-256 numbers, hard links, devices), entry by entry. The
// caller sees each header, already normalized, and gets the entry's bytes
// through a synchronous sink, chunk by chunk: nothing is buffered whole.
import { extract, type Header } from 'tar-stream';
import { ImageError } from './errors.ts';
import { decodeName } from './names.ts';

export type TarType = 'file' | 'link' | 'symlink' | 'dir' | 'chardev' | 'blockdev' | 'fifo';

export interface TarEntry {
  /** The name as stored (decoded from its bytes, see names.ts). */
  name: string;
  type: TarType;
  /** Permission bits with setuid, setgid and sticky (0o7777). */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Symlink target or hard-link name. */
  linkname: string;
  major: number;
  minor: number;
  /** Where the entry's bytes start in the (uncompressed) tar stream. */
  offset: number;
  /** PAX records, for what a caller may want beyond these fields. */
  pax: Record<string, string>;
}

export interface EntrySink {
  data(chunk: Uint8Array): void;
  end(): void;
}

const TYPES: Record<string, TarType> = {
  file: 'file',
  'contiguous-file': 'file',
  link: 'link',
  symlink: 'symlink',
  directory: 'dir',
  'character-device': 'chardev',
  'block-device': 'blockdev',
  fifo: 'fifo',
};

/** Raw header as tar-stream gives it with latin1 names, plus the fields its types leave out. */
type RawHeader = Header & { type: string | null; byteOffset?: number; pax?: Record<string, string> | null };

/**
 * The last megabyte fed to the parser, by absolute offset: tar-stream
 * decodes PAX values as UTF-8, so a name that is not UTF-8 arrives with
 * U+FFFD in it; its raw bytes are read again from here.
 */
class Window {
  private chunks: { at: number; bytes: Uint8Array }[] = [];
  private end = 0;
  push(bytes: Uint8Array): void {
    this.chunks.push({ at: this.end, bytes });
    this.end += bytes.length;
    while (this.chunks.length > 1 && this.chunks[1].at < this.end - (1 << 20)) this.chunks.shift();
  }
  slice(from: number, to: number): Uint8Array | null {
    if (from < 0 || this.chunks.length === 0 || from < this.chunks[0].at || to > this.end) return null;
    const out = new Uint8Array(to - from);
    for (const c of this.chunks) {
      const s = Math.max(from, c.at);
      const e = Math.min(to, c.at + c.bytes.length);
      if (e > s) out.set(c.bytes.subarray(s - c.at, e - c.at), s - from);
    }
    return out;
  }
}

const latin1 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
};

/** The raw PAX records (values as byte strings) of the entry whose data starts at `offset`, if the window still has them. */
function rawPax(w: Window, offset: number): Record<string, string> | null {
  const header = offset - 512;
  for (let p = header - 512; p >= Math.max(0, header - (1 << 20)); p -= 512) {
    const block = w.slice(p, p + 512);
    if (!block) return null;
    if (block[156] !== 0x78 || latin1(block.subarray(257, 262)) !== 'ustar') continue;
    const size = parseInt(latin1(block.subarray(124, 136)).replace(/\0.*$/, '').trim(), 8);
    if (!(size >= 0) || p + 512 + Math.ceil(size / 512) * 512 !== header) continue;
    const data = w.slice(p + 512, p + 512 + size);
    if (!data) return null;
    const out: Record<string, string> = {};
    let at = 0;
    while (at < data.length) {
      const space = data.indexOf(0x20, at);
      if (space < 0) break;
      const len = parseInt(latin1(data.subarray(at, space)), 10);
      if (!(len > 0)) break;
      const rec = data.subarray(space + 1, at + len - 1);
      const eq = rec.indexOf(0x3d);
      if (eq > 0) out[latin1(rec.subarray(0, eq))] = latin1(rec.subarray(eq + 1));
      at += len;
    }
    return out;
  }
  return null;
}

function normalize(h: RawHeader, where: string, w: Window): TarEntry {
  const pax = h.pax ?? {};
  if ((pax.path ?? '').includes('\ufffd') || (pax.linkpath ?? '').includes('\ufffd')) {
    const raw = rawPax(w, h.byteOffset ?? -1);
    if (raw?.path !== undefined) h.name = decodeName(raw.path);
    if (raw?.linkpath !== undefined) h.linkname = decodeName(raw.linkpath);
  }
  // Names came in as latin1 (bytes); PAX path/linkpath are UTF-8 text already.
  const name = pax.path !== undefined ? h.name : decodeName(h.name);
  const linkname = h.linkname == null ? '' : pax.linkpath !== undefined ? h.linkname : decodeName(h.linkname);
  const type = h.type ? TYPES[h.type] : undefined;
  if (!type) {
    throw new ImageError('unsupported-entry', { file: where, entry: name, type: String(h.type) }, `${where}: entry ${JSON.stringify(name)} has a tar type a layer cannot hold (${String(h.type)})`);
  }
  const num = (key: string, fallback: number) => {
    const v = pax[key];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
  };
  return {
    name,
    type,
    mode: (h.mode ?? 0) & 0o7777,
    uid: num('uid', h.uid ?? 0),
    gid: num('gid', h.gid ?? 0),
    size: type === 'file' ? h.size : 0,
    linkname,
    major: h.devmajor ?? 0,
    minor: h.devminor ?? 0,
    offset: h.byteOffset ?? 0,
    pax,
  };
}

function tarFailure(e: unknown, where: string, sawEntry: boolean): ImageError {
  if (e instanceof ImageError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/Unexpected end of data/i.test(msg)) {
    return new ImageError('truncated', { file: where }, `${where}: the tar ends in the middle of an entry (truncated file?)`);
  }
  if (!sawEntry && /Invalid tar header|unknown format/i.test(msg)) {
    return new ImageError('not-an-archive', { file: where }, `${where}: not a tar archive (nor gzip or zstd)`);
  }
  return new ImageError('corrupt-tar', { file: where, reason: msg }, `${where}: corrupt tar: ${msg}`);
}

/** The little of a streamx Readable this module uses. */
interface EntryStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): void;
  on(event: 'end', fn: () => void): void;
  on(event: 'error', fn: (e: unknown) => void): void;
  resume(): void;
}

export interface ReadTarOptions {
  signal?: AbortSignal;
  /** Largest single entry accepted. */
  maxEntryBytes?: number;
  /** Asked before each read of the input: a promise to wait for first (the consumer's backlog), or undefined. */
  backlog?: () => Promise<void> | undefined;
}

/**
 * Reads every entry of a tar stream. `onEntry` is called with each header
 * and returns a sink for its bytes (or nothing to skip them). An error
 * thrown by a callback stops the reading and is rethrown.
 */
export async function readTar(
  input: ReadableStream<Uint8Array>,
  where: string,
  onEntry: (e: TarEntry) => EntrySink | void,
  opts: ReadTarOptions = {},
): Promise<void> {
  const ex = extract({ filenameEncoding: 'latin1' } as never);
  const window = new Window();
  let failure: unknown = null;
  let sawEntry = false;
  const maxEntry = opts.maxEntryBytes ?? Number.MAX_SAFE_INTEGER;
  const fail = (e: unknown) => {
    if (failure === null) failure = e;
    ex.destroy(e as Error);
  };
  ex.on('entry', (header: Header, raw: unknown, next: () => void) => {
    const stream = raw as EntryStream;
    // Errors reach us through the extractor; an entry stream destroyed with it must not throw on its own.
    stream.on('error', () => undefined);
    let sink: EntrySink | void;
    try {
      const e = normalize(header as RawHeader, where, window);
      sawEntry = true;
      if (e.size > maxEntry) {
        throw new ImageError('too-large', { file: where, entry: e.name, size: e.size, max: maxEntry }, `${where}: entry ${JSON.stringify(e.name)} claims ${e.size} bytes, over the ${maxEntry}-byte limit`);
      }
      sink = onEntry(e);
    } catch (err) {
      fail(err);
      return;
    }
    stream.on('data', (chunk: Uint8Array) => {
      if (failure !== null || !sink) return;
      try {
        sink.data(chunk);
      } catch (err) {
        fail(err);
      }
    });
    stream.on('end', () => {
      if (failure !== null) return;
      try {
        sink?.end();
      } catch (err) {
        fail(err);
        return;
      }
      next();
    });
    stream.resume();
  });
  const done = new Promise<void>((resolve) => {
    ex.on('error', (err: unknown) => {
      if (failure === null) failure = err;
      resolve();
    });
    ex.on('close', () => resolve());
    ex.on('finish', () => resolve());
  });
  const reader = input.getReader();
  const onAbort = () => fail(new ImageError('aborted', { file: where }, `${where}: cancelled`));
  opts.signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      if (failure !== null) break;
      if (opts.signal?.aborted) onAbort();
      let r: ReadableStreamReadResult<Uint8Array>;
      try {
        const wait = opts.backlog?.();
        if (wait) await wait;
        r = await reader.read();
      } catch (e) {
        fail(e);
        break;
      }
      if (r.done) {
        ex.end(undefined as never);
        break;
      }
      if (r.value.length === 0) continue;
      window.push(r.value);
      if (failure !== null || ex.destroyed) break;
      if (!ex.write(r.value) && failure === null && !ex.destroyed) {
        await new Promise<void>((resolve) => {
          const go = () => {
            ex.off('drain', go);
            ex.off('close', go);
            resolve();
          };
          ex.on('drain', go);
          ex.on('close', go);
        });
      }
    }
    await done;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    if (failure !== null) await reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  if (failure !== null) throw tarFailure(failure, where, sawEntry);
}
