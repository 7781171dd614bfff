// Writing an image out: as an OCI archive (oci-layout, index.json, blobs;
// the original layer blobs copied as they were stored) or as a `docker
// save` archive of the classic kind (manifest.json, <diff id>.tar layers
// uncompressed, <config>.json) that docker load, podman load and skopeo
// read. Added layers (a committed container) go on top; the config gets
// their diff ids and a history entry each. Output streams chunk by chunk:
// a large image is never held whole.
import { gzipSync } from 'fflate';
import { pack, type Header } from 'tar-stream';
import { inflate } from './compression.ts';
import type { Sha256Factory } from './hash.ts';
import type { Image } from './image.ts';
import type { ImageConfig } from './manifests.ts';
import type { ByteSource } from './source.ts';

export interface AddedLayer {
  /** The layer as an uncompressed tar, and its sha256 ("sha256:..."). */
  tar: Uint8Array;
  diffId: string;
  /** The history entry: what made it. */
  createdBy: string;
}

export interface ExportOptions {
  format: 'oci' | 'docker';
  /** "name:tag" for RepoTags / the OCI ref name. */
  tag?: string;
  /** RFC 3339 time for the config and history ("now" is the caller's to give). */
  created?: string;
  hash: Sha256Factory;
}

const te = new TextEncoder();
const json = (o: unknown) => te.encode(JSON.stringify(o));

function hex(hash: Sha256Factory, b: Uint8Array): string {
  const h = hash();
  h.update(b);
  return h.hex();
}

const LAYER_MEDIA = { gzip: 'application/vnd.oci.image.layer.v1.tar+gzip', zstd: 'application/vnd.oci.image.layer.v1.tar+zstd', none: 'application/vnd.oci.image.layer.v1.tar' };

/** The new config: the old one (or a minimal one for a bare layer) with the added layers' diff ids and history. */
export function extendConfig(image: Image, added: readonly AddedLayer[], created?: string): ImageConfig {
  const base: ImageConfig = image.config ? structuredClone(image.config) : { architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: image.layers.map((l) => l.diffId) } };
  const history = Array.isArray(base.history) && base.history.length ? base.history : image.layers.map(() => ({ created_by: '' }));
  return {
    ...base,
    ...(created ? { created } : {}),
    rootfs: { type: 'layers', diff_ids: [...(base.rootfs?.diff_ids ?? image.layers.map((l) => l.diffId)), ...added.map((a) => a.diffId)] },
    history: [...history, ...added.map((a) => ({ ...(created ? { created } : {}), created_by: a.createdBy }))],
  };
}

type Entry = { header: Partial<Header> & { name: string }; bytes?: Uint8Array; stream?: () => ReadableStream<Uint8Array> };

async function* packStream(entries: () => AsyncIterable<Entry>): AsyncGenerator<Uint8Array> {
  const p = pack();
  const mtime = new Date(0);
  let failure: unknown = null;
  const producer = (async () => {
    try {
      for await (const e of entries()) {
        const header = { mode: 0o644, mtime, ...e.header } as Header;
        if (e.bytes || header.type === 'directory') {
          await new Promise<void>((res, rej) => p.entry(header, e.bytes ?? new Uint8Array(0), (err) => (err ? rej(err) : res())));
          continue;
        }
        let resolveDone!: () => void;
        let rejectDone!: (e: unknown) => void;
        const done = new Promise<void>((res, rej) => ((resolveDone = res), (rejectDone = rej)));
        const sink = p.entry(header, (err) => (err ? rejectDone(err) : resolveDone()));
        for await (const chunk of e.stream!() as unknown as AsyncIterable<Uint8Array>) {
          if (!sink.write(chunk)) await new Promise<void>((res) => sink.once('drain', () => res()));
        }
        sink.end(undefined as never);
        await done;
      }
      p.finalize();
    } catch (err) {
      failure = err;
      p.destroy(err as Error);
    }
  })();
  try {
    for await (const chunk of p as unknown as AsyncIterable<Uint8Array>) yield chunk;
  } catch (err) {
    if (failure === null) throw err;
  }
  await producer;
  if (failure !== null) throw failure;
}

/** The archive's bytes, chunk by chunk. `source` is the file the image was opened from (its blobs are copied). */
export function exportImage(source: ByteSource, image: Image, added: readonly AddedLayer[], opts: ExportOptions): AsyncGenerator<Uint8Array> {
  const config = json(extendConfig(image, added, opts.created));
  const configHex = hex(opts.hash, config);
  const blobOf = (i: number) => () => source.stream(image.layers[i].blobOffset, image.layers[i].blobOffset + image.layers[i].blobSize);
  if (opts.format === 'docker') {
    const layerNames = [...image.layers.map((l) => `${l.diffId.slice(7)}.tar`), ...added.map((a) => `${a.diffId.slice(7)}.tar`)];
    const manifest = json([{ Config: `${configHex}.json`, RepoTags: opts.tag ? [opts.tag] : [], Layers: layerNames }]);
    return packStream(async function* () {
      // A layer the image holds twice (two empty commits, an empty layer committed over
      // another) is one member, as docker save writes it; the manifest names it twice.
      const written = new Set<string>();
      for (let i = 0; i < image.layers.length; i++) {
        const l = image.layers[i];
        if (written.has(layerNames[i])) continue;
        written.add(layerNames[i]);
        yield { header: { name: layerNames[i], size: l.tarSize }, stream: () => inflate(blobOf(i)(), l.compression, l.member) };
      }
      for (let i = 0; i < added.length; i++) {
        const name = layerNames[image.layers.length + i];
        if (written.has(name)) continue;
        written.add(name);
        yield { header: { name, size: added[i].tar.length }, bytes: added[i].tar };
      }
      yield { header: { name: `${configHex}.json`, size: config.length }, bytes: config };
      yield { header: { name: 'manifest.json', size: manifest.length }, bytes: manifest };
    });
  }
  const newBlobs = added.map((a) => gzipSync(a.tar, { level: 6, mtime: 0 }));
  const layers = [
    ...image.layers.map((l) => ({ mediaType: LAYER_MEDIA[l.compression], digest: l.digest, size: l.blobSize })),
    ...newBlobs.map((b) => ({ mediaType: LAYER_MEDIA.gzip, digest: `sha256:${hex(opts.hash, b)}`, size: b.length })),
  ];
  const manifest = json({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${configHex}`, size: config.length }, layers });
  const index = json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${hex(opts.hash, manifest)}`, size: manifest.length, ...(opts.tag ? { annotations: { 'org.opencontainers.image.ref.name': opts.tag } } : {}) }],
  });
  return packStream(async function* () {
    const layout = json({ imageLayoutVersion: '1.0.0' });
    yield { header: { name: 'oci-layout', size: layout.length }, bytes: layout };
    yield { header: { name: 'blobs/', type: 'directory', mode: 0o755, size: 0 } };
    yield { header: { name: 'blobs/sha256/', type: 'directory', mode: 0o755, size: 0 } };
    const seen = new Set<string>();
    for (let i = 0; i < image.layers.length; i++) {
      const l = image.layers[i];
      if (seen.has(l.digest)) continue;
      seen.add(l.digest);
      yield { header: { name: `blobs/sha256/${l.digest.slice(7)}`, size: l.blobSize }, stream: blobOf(i) };
    }
    for (let i = 0; i < newBlobs.length; i++) {
      const d = layers[image.layers.length + i].digest;
      if (seen.has(d)) continue;
      seen.add(d);
      yield { header: { name: `blobs/sha256/${d.slice(7)}`, size: newBlobs[i].length }, bytes: newBlobs[i] };
    }
    yield { header: { name: `blobs/sha256/${configHex}`, size: config.length }, bytes: config };
    yield { header: { name: `blobs/sha256/${hex(opts.hash, manifest)}`, size: manifest.length }, bytes: manifest };
    yield { header: { name: 'index.json', size: index.length }, bytes: index };
  });
}

/** One of the image's layers as its plain (uncompressed) tar, streamed from the archive. */
export function inflateLayer(source: ByteSource, layer: Image['layers'][number]): ReadableStream<Uint8Array> {
  return inflate(source.stream(layer.blobOffset, layer.blobOffset + layer.blobSize), layer.compression, layer.member);
}

/** Just a layer, as a plain tar file. */
export async function* exportLayer(layer: AddedLayer): AsyncGenerator<Uint8Array> {
  yield layer.tar;
}
