// A helper of the engine's worker: it hashes the layer blobs and their tars
// (a third of the work of opening an image) on another core while the
// engine unpacks them. The bytes come in pooled buffers, transferred here
// and back, so neither side makes garbage per chunk. Messages are handled
// in order: a hasher's digest is asked for after its last bytes.
//
// It also reads a layer blob again for the checks left until after the
// image is shown (verify.ts: the tar's sha256 and every file's), so that
// the engine's worker answers the page meanwhile.
import { blobSource, isImageError, layerDigests, nobleSha256, wasmSha256, type LayerDigests, type LayerToCheck, type Sha256, type Sha256Factory } from '../image/index.ts';

export type HashRequest =
  | { op: 'data'; id: number; buf: ArrayBuffer; len: number }
  | { op: 'hex'; id: number }
  | { op: 'digests'; id: number; blob: Blob; name: string; layer: LayerToCheck }
  | { op: 'abort'; id: number };
/** A failure of a re-read, as an ImageError's parts (or a plain message). */
export interface DigestFailure {
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}
export type HashReply =
  | 'ready'
  | { op: 'free'; buf: ArrayBuffer }
  | { op: 'hex'; id: number; hex: string }
  | { op: 'digests'; id: number; result: LayerDigests }
  | { op: 'digests'; id: number; error: DigestFailure };

let make: Sha256Factory | null = null;
/** A second WebAssembly hasher, for a re-read layer's tar beside its files (no state swapped in and out at every chunk). */
let tarMake: Sha256Factory | null = null;
const hashers = new Map<number, Sha256>();
const early: HashRequest[] = [];

const reads = new Map<number, AbortController>();

function digests(r: Extract<HashRequest, { op: 'digests' }>): void {
  const ac = new AbortController();
  reads.set(r.id, ac);
  layerDigests(blobSource(r.blob, r.name), r.layer, { hash: make!, ...(tarMake ? { tarHash: tarMake } : {}), signal: ac.signal })
    .then(
      (result) => postMessage({ op: 'digests', id: r.id, result } satisfies HashReply),
      (e: unknown) => {
        const error: DigestFailure = isImageError(e) ? { message: e.message, code: e.code, params: { ...e.params } as Record<string, string | number> } : { message: e instanceof Error ? e.message : String(e) };
        postMessage({ op: 'digests', id: r.id, error } satisfies HashReply);
      },
    )
    .finally(() => reads.delete(r.id));
}

function handle(r: HashRequest): void {
  if (r.op === 'digests') return digests(r);
  if (r.op === 'abort') return void reads.get(r.id)?.abort();
  let h = hashers.get(r.id);
  if (!h) hashers.set(r.id, (h = make!()));
  if (r.op === 'data') {
    h.update(new Uint8Array(r.buf, 0, r.len));
    postMessage({ op: 'free', buf: r.buf } satisfies HashReply, { transfer: [r.buf] });
    return;
  }
  hashers.delete(r.id);
  postMessage({ op: 'hex', id: r.id, hex: h.hex() } satisfies HashReply);
}

addEventListener('message', (e: MessageEvent<HashRequest>) => {
  if (make) handle(e.data);
  else early.push(e.data);
});

void Promise.all([wasmSha256(), wasmSha256()]).then(([f, g]) => {
  make = f ?? nobleSha256;
  tarMake = g;
  for (const r of early.splice(0)) handle(r);
  postMessage('ready' satisfies HashReply);
});
