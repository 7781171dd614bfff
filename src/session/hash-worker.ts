// A helper of the engine's worker: it hashes the layer blobs and their tars
// (a third of the work of opening an image) on another core while the
// engine unpacks them. The bytes come in pooled buffers, transferred here
// and back, so neither side makes garbage per chunk. Messages are handled
// in order: a hasher's digest is asked for after its last bytes.
import { nobleSha256, wasmSha256, type Sha256, type Sha256Factory } from '../image/index.ts';

export type HashRequest = { op: 'data'; id: number; buf: ArrayBuffer; len: number } | { op: 'hex'; id: number };
export type HashReply = 'ready' | { op: 'free'; buf: ArrayBuffer } | { op: 'hex'; id: number; hex: string };

let make: Sha256Factory | null = null;
const hashers = new Map<number, Sha256>();
const early: HashRequest[] = [];

function handle(r: HashRequest): void {
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

void wasmSha256().then((f) => {
  make = f ?? nobleSha256;
  for (const r of early.splice(0)) handle(r);
  postMessage('ready' satisfies HashReply);
});
