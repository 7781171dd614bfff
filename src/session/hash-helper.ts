// The engine worker's side of the hash helper (hash-worker.ts). Bytes to
// hash are copied into buffers of a small pool and transferred to the
// helper, which sends each back once hashed; with every buffer out, the
// hasher asks its caller to wait. The helper starts with the first image
// and is waited for before layers are read (the engine's thread, busy
// unpacking, would not let it start meanwhile). Where workers cannot start
// workers, or it fails to load or to answer in time, there is none and the
// engine hashes in its own thread as before.
import { ImageError, type AsyncSha256, type AsyncSha256Factory, type ImageErrorCode, type LayerDigests, type LayerToCheck } from '../image/index.ts';
import type { HashReply, HashRequest } from './hash-worker.ts';

const BUFFER = 512 << 10;
/** Buffers with the helper at most: 4 MB. */
const IN_FLIGHT = 8;
/** How long a starting helper is waited for before hashing in this thread instead. */
const START_MS = 3000;

export interface HashHelper {
  /** Starts the helper if it is not running (early: it loads while the archive is looked through). */
  start(): void;
  /** Its hashers, once it is up; undefined when there is none. */
  hashers(): Promise<AsyncSha256Factory | undefined>;
  /**
   * Reads a layer blob again there (verify.ts's layerDigests); null when
   * there is no helper (the caller reads it itself). An abort stops it.
   */
  digests(blob: Blob, name: string, layer: LayerToCheck, signal?: AbortSignal): Promise<LayerDigests> | null;
}

export function hashHelper(make: () => Worker): HashHelper {
  let worker: Worker | null = null;
  let up: Promise<boolean> | null = null;
  let nextId = 1;
  let inFlight = 0;
  const free: ArrayBuffer[] = [];
  let waiters: (() => void)[] = [];
  const digests = new Map<number, { resolve: (hex: string) => void; reject: (e: Error) => void }>();
  const rereads = new Map<number, { resolve: (d: LayerDigests) => void; reject: (e: Error) => void }>();

  const fail = (why: string) => {
    worker?.terminate();
    worker = null;
    for (const d of digests.values()) d.reject(new Error(`the hash helper stopped: ${why}`));
    digests.clear();
    for (const d of rereads.values()) d.reject(new Error(`the hash helper stopped: ${why}`));
    rereads.clear();
    // Whoever waits for a buffer goes on, to find the helper gone.
    for (const w of waiters.splice(0)) w();
  };

  const receive = (r: HashReply) => {
    if (r === 'ready') return;
    if (r.op === 'free') {
      inFlight--;
      if (free.length < IN_FLIGHT) free.push(r.buf);
      const now = waiters;
      waiters = [];
      for (const w of now) w();
      return;
    }
    if (r.op === 'digests') {
      const d = rereads.get(r.id);
      rereads.delete(r.id);
      if (!d) return;
      if ('result' in r) d.resolve(r.result);
      else d.reject(r.error.code ? new ImageError(r.error.code as ImageErrorCode, r.error.params ?? {}, r.error.message) : new Error(r.error.message));
      return;
    }
    digests.get(r.id)?.resolve(r.hex);
    digests.delete(r.id);
  };

  const start = () => {
    if (up) return;
    const w = make();
    worker = w;
    up = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        fail('it did not start in time');
        resolve(false);
      }, START_MS);
      w.addEventListener('message', (e: MessageEvent<HashReply>) => {
        if (e.data === 'ready') {
          clearTimeout(timer);
          resolve(true);
        }
        receive(e.data);
      });
      w.addEventListener('error', (e) => {
        clearTimeout(timer);
        fail(e.message || 'it could not load');
        resolve(false);
      });
    });
  };

  const send = (r: HashRequest, transfer: Transferable[] = []) => {
    if (!worker) throw new Error('the hash helper stopped');
    worker.postMessage(r, transfer);
  };

  const hasher = (): AsyncSha256 => {
    const id = nextId++;
    let buf: Uint8Array | null = null;
    let len = 0;
    const flush = () => {
      if (!buf || len === 0) return;
      inFlight++;
      send({ op: 'data', id, buf: buf.buffer as ArrayBuffer, len }, [buf.buffer]);
      buf = null;
      len = 0;
    };
    /** Copies what fits, sending full buffers; a promise when it must wait for one to come back. */
    const update = (data: Uint8Array): void | Promise<void> => {
      let at = 0;
      while (at < data.length) {
        if (!buf) {
          if (inFlight >= IN_FLIGHT) {
            const rest = data.subarray(at);
            return new Promise<void>((r) => waiters.push(r)).then(() => update(rest));
          }
          buf = new Uint8Array(free.pop() ?? new ArrayBuffer(BUFFER));
        }
        const n = Math.min(data.length - at, BUFFER - len);
        buf.set(data.subarray(at, at + n), len);
        len += n;
        at += n;
        if (len === BUFFER) flush();
      }
    };
    return {
      update,
      hex() {
        flush();
        return new Promise<string>((resolve, reject) => {
          digests.set(id, { resolve, reject });
          send({ op: 'hex', id });
        });
      },
    };
  };

  return {
    start,
    async hashers() {
      start();
      return (await up) && worker ? hasher : undefined;
    },
    digests(blob, name, layer, signal) {
      if (!worker) return null;
      const id = nextId++;
      return new Promise<LayerDigests>((resolve, reject) => {
        rereads.set(id, { resolve, reject });
        send({ op: 'digests', id, blob, name, layer });
        signal?.addEventListener('abort', () => {
          if (!rereads.has(id)) return;
          rereads.delete(id);
          if (worker) send({ op: 'abort', id });
          reject(new ImageError('aborted', { file: layer.where }, `${layer.where}: cancelled`));
        });
      });
    },
  };
}
