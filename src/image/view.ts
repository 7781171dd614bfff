// The image's merged tree as a container would see it before the -init
// layer and any change: every layer as a lowerdir (top first) under an
// empty upper, the same mount the kernel oracle makes on a real disk.
import type { BulkNode } from '../engine/fs/bulk.ts';
import { loadNodes } from '../engine/fs/bulk.ts';
import { ROOT_INO } from '../engine/fs/fs.ts';
import { Kernel } from '../engine/kernel.ts';
import { ImageError } from './errors.ts';
import type { Image } from './image.ts';
import { bulkDir } from './overlay2.ts';
import { walkMerged, type MergedTree } from './tree.ts';
import { imageWorkspace, type ImageWorkspace, type WorkspaceOptions } from './workspace.ts';

export const VIEW = 'view';

/** The image's workspace with `view/merged` mounted over all its layers. */
export function imageView(image: Image, opts: WorkspaceOptions = {}): ImageWorkspace & { merged: string } {
  const w = imageWorkspace(image, opts);
  const view: [string, BulkNode][] = [[VIEW, bulkDir(0o755, [['merged', bulkDir(0o755)], ['upper', bulkDir(0o755)], ['work', bulkDir(0o755)]])]];
  const fs = loadNodes(w.state.fs, ROOT_INO, view);
  const k = new Kernel({ ...w.state, fs }, '', { record: false });
  const lowers = [...w.layers].reverse().map((l) => `/${w.home}/l/${l.link}`);
  const r = k.mount('overlay', `/${VIEW}/merged`, 'overlay', 0, `lowerdir=${lowers.join(':')},upperdir=/${VIEW}/upper,workdir=/${VIEW}/work`);
  if (!r.ok) throw new ImageError('container', { errno: r.errno }, `mounting the image's layers failed: ${r.errno}${r.why ? ` (${r.why})` : ''}`);
  return { ...w, state: k.ws, merged: `${VIEW}/merged` };
}

/** The merged tree of an image, read through the engine's overlay. */
export function imageTree(image: Image, opts: WorkspaceOptions = {}): MergedTree {
  const v = imageView(image, opts);
  return walkMerged(v.state, v.merged, v.facts, (ino) => String(v.facts.get(ino)?.layer ?? 'upper'), v.hash);
}

/** The merged tree of a running container: image layers by number, then "init" and "upper". */
export function containerTree(w: ImageWorkspace, name: string): MergedTree {
  const c = w.containers.find((x) => x.name === name);
  if (!c) throw new ImageError('container', { name }, `no container named ${name}`);
  return walkMerged(w.state, c.merged, w.facts, (ino) => String(w.facts.get(ino)?.layer ?? (w.initInodes.has(ino) ? 'init' : 'upper')), w.hash);
}
