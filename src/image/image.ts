// An opened image: its layers bottom first, each unpacked as overlay2 keeps
// it in <id>/diff, and the history that made them.
import type { Compression } from './compression.ts';
import type { LayerTree } from './layer.ts';
import type { ArchiveFormat, ImageConfig } from './manifests.ts';

export interface ImageLayer {
  /** 1 = the bottom layer. */
  index: number;
  /** The archive member holding it, and where its bytes are in the archive. */
  member: string;
  blobOffset: number;
  mediaType: string;
  compression: Compression;
  /** sha256 of the blob as stored, and of its tar (the config's diff id). */
  digest: string;
  /** The config's diff id until verifyImage has checked it, when the image was opened with deferChecks. */
  diffId: string;
  /** False while the tar's sha256 is still to be compared with diffId (deferChecks; verifyImage does it). */
  diffIdChecked?: boolean;
  blobSize: number;
  tarSize: number;
  tree: LayerTree;
}

/** One line of `docker history`, bottom first. */
export interface HistoryRow {
  created?: string;
  /** The instruction that made it ("RUN /bin/sh -c apt-get ...", "COPY ..."). */
  createdBy: string;
  comment?: string;
  /** A step that changed only the config (ENV, CMD, LABEL...): no layer. */
  emptyLayer: boolean;
  /** The layer it made (1 = bottom), when it made one. */
  layer?: number;
  /** Bytes of files the layer stores (0 for an empty layer). */
  size: number;
}

export interface Image {
  /** The file it came from. */
  source: string;
  format: ArchiveFormat;
  /** Tags and reference names the archive gives it. */
  refs: string[];
  manifestDigest?: string;
  /** The image id. */
  configDigest?: string;
  config?: ImageConfig;
  platform?: string;
  layers: ImageLayer[];
  history: HistoryRow[];
}

/**
 * The config's history, matched to the layers in order (each entry that is
 * not empty_layer made the next layer). Without a usable history, one row
 * per layer with no instruction.
 */
export function historyOf(config: ImageConfig | undefined, layers: readonly ImageLayer[]): HistoryRow[] {
  const h = Array.isArray(config?.history) ? config!.history : [];
  const nonEmpty = h.filter((e) => !e?.empty_layer).length;
  if (h.length === 0 || nonEmpty !== layers.length) {
    return layers.map((l) => ({ createdBy: '', emptyLayer: false, layer: l.index, size: l.tree.stats.bytes }));
  }
  let next = 0;
  return h.map((e) => {
    const empty = !!e.empty_layer;
    const layer = empty ? undefined : layers[next++];
    return {
      ...(e.created ? { created: e.created } : {}),
      createdBy: e.created_by ?? '',
      ...(e.comment ? { comment: e.comment } : {}),
      emptyLayer: empty,
      ...(layer ? { layer: layer.index } : {}),
      size: layer ? layer.tree.stats.bytes : 0,
    };
  });
}
