// The image on the engine's disk as Docker's overlay2 driver keeps it under
// /var/lib/docker/overlay2 (moby daemon/graphdriver/overlay2): per layer
// <id>/diff (its files), link (a 26-character short name), l/<short> ->
// ../<id>/diff, lower (the short names of the layers beneath, top first),
// work/ for a layer with a parent, `committed` once a child exists. Docker
// draws ids at random; here they come from the layers' chain ids, so the
// same image always lands the same way.
import { utf8Encode } from '../engine/bytes.ts';
import type { BulkNode } from '../engine/fs/bulk.ts';
import { base32 } from './ids.ts';
import type { ContentStore } from './content.ts';
import type { Sha256Factory } from './hash.ts';
import type { LayerNode } from './layer.ts';

export const DOCKER_HOME = 'var/lib/docker/overlay2';

export interface Overlay2Layer {
  /** Directory name under overlay2/ (64 hex digits; a container's init layer ends in -init). */
  id: string;
  /** Its short name: l/<link> points at its diff/. */
  link: string;
  /** Short names of the layers beneath it, top first ("l/A:l/B"). */
  lower: string[];
}

/** What each engine object of a layer's diff/ stands for: its layer (1 = bottom) and its node. */
export interface LayerFact {
  layer: number;
  node: LayerNode;
}

type Entries = [string, BulkNode][];

const dir = (mode: number, children: Entries = [], xattrs?: Record<string, string>): BulkNode => ({ kind: 'dir', mode, uid: 0, gid: 0, children, ...(xattrs ? { xattrs } : {}) });
const text = (s: string, mode = 0o644): BulkNode => ({ kind: 'file', mode, uid: 0, gid: 0, data: utf8Encode(s) });

/** A layer's diff/ as engine objects (hard links stay one object), recording what each stands for. */
export function diffNodes(root: LayerNode, layer: number, store: ContentStore, facts: Map<BulkNode, LayerFact>): Entries {
  const made = new Map<LayerNode, BulkNode>();
  const conv = (n: LayerNode): BulkNode => {
    const known = made.get(n);
    if (known) return known;
    let b: BulkNode;
    const common = { mode: n.mode, uid: n.uid, gid: n.gid };
    switch (n.kind) {
      case 'dir':
        b = { kind: 'dir', ...common, children: kids(n), ...(n.opaque ? { xattrs: { 'trusted.overlay.opaque': 'y' } } : {}) };
        break;
      case 'file':
        b = { kind: 'file', ...common, data: store.fileData(n) };
        break;
      case 'symlink':
        b = { kind: 'symlink', ...common, target: n.target };
        break;
      case 'chardev':
      case 'blockdev':
        b = { kind: n.kind, ...common, major: n.major, minor: n.minor };
        break;
      case 'fifo':
        b = { kind: 'fifo', ...common };
        break;
    }
    made.set(n, b);
    facts.set(b, { layer, node: n });
    return b;
  };
  const kids = (d: LayerNode): Entries => [...d.children!].map(([name, c]) => [name, conv(c)]);
  return kids(root);
}

/** Deterministic ids: the layer's chain id, and a short name drawn from it. */
export function layerIds(diffIds: readonly string[], hash: Sha256Factory): { id: string; link: string }[] {
  const out: { id: string; link: string }[] = [];
  let chain = '';
  for (const d of diffIds) {
    chain = chain === '' ? d : `sha256:${hexOf(hash, `${chain} ${d}`)}`;
    const id = chain.slice(7);
    out.push({ id, link: shortName(hash, id) });
  }
  return out;
}

export function hexOf(hash: Sha256Factory, s: string): string {
  const h = hash();
  h.update(new TextEncoder().encode(s));
  return h.hex();
}

export const shortName = (hash: Sha256Factory, id: string): string => base32(hexOf(hash, `link:${id}`)).slice(0, 26);

/**
 * The layer directories under overlay2/, bottom first: <id>/{diff,link,
 * lower,work,committed}. `diffs[i]` holds layer i's files.
 */
export function layerDirs(layers: readonly Overlay2Layer[], diffs: readonly Entries[], committed: (i: number) => boolean): Entries {
  return layers.map((l, i) => {
    const kids: Entries = [
      ['diff', dir(0o755, diffs[i])],
      ['link', text(l.link)],
    ];
    if (l.lower.length > 0) {
      kids.push(['lower', text(l.lower.join(':'))]);
      kids.push(['work', dir(0o700)]);
    }
    if (committed(i)) kids.push(['committed', text('', 0o600)]);
    return [l.id, dir(0o710, kids)];
  });
}

/** The -init layer's files (moby daemon/initlayer): mount points and placeholders Docker bind-mounts over. */
export function initLayerFiles(): Entries {
  const empty = () => text('', 0o755);
  return [
    ['.dockerenv', empty()],
    ['dev', dir(0o755, [['console', empty()], ['pts', dir(0o755)], ['shm', dir(0o755)]])],
    ['etc', dir(0o755, [['hostname', empty()], ['hosts', empty()], ['mtab', { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, target: '/proc/mounts' }], ['resolv.conf', empty()]])],
    ['proc', dir(0o755)],
    ['sys', dir(0o755)],
  ];
}

export function symlinkTo(target: string): BulkNode {
  return { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, target };
}

export { dir as bulkDir, text as bulkText };
