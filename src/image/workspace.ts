// An image on the engine's disk, with containers running on it. The image's
// layers are unpacked once into overlay2's layout; each container gets an
// -init layer and a writable layer of its own, and is mounted as overlay2
// mounts it: lowerdir = the init layer and the image's layers (shared by
// every container), upperdir and workdir its own. Nothing here touches a
// host: the result is an engine Workspace like any scenario's.
import type { BulkNode } from '../engine/fs/bulk.ts';
import { loadNodes } from '../engine/fs/bulk.ts';
import { child, childIno, ROOT_INO, type Fs } from '../engine/fs/fs.ts';
import type { Ino } from '../engine/fs/inode.ts';
import { Kernel } from '../engine/kernel.ts';
import { createWorkspace, type Workspace } from '../engine/workspace.ts';
import { ContentStore } from './content.ts';
import { ImageError } from './errors.ts';
import { nobleSha256, type Sha256Factory } from './hash.ts';
import type { Image } from './image.ts';
import { bulkDir, bulkText, diffNodes, DOCKER_HOME, hexOf, initLayerFiles, layerDirs, layerIds, shortName, symlinkTo, type LayerFact, type Overlay2Layer } from './overlay2.ts';

/** `docker inspect`'s GraphDriver for a container or an image. */
export interface GraphDriver {
  Name: 'overlay2';
  Data: { LowerDir?: string; MergedDir: string; UpperDir: string; WorkDir: string };
}

export interface Container {
  name: string;
  /** 64 hex digits; its init layer is <id>-init. */
  id: string;
  /** Workspace path of its root (no leading slash): .../overlay2/<id>/merged. */
  merged: string;
  /** The options overlay2 passes to mount(2). */
  mountOptions: string;
  /** The same mount as a command line. */
  mountLine: string;
  graphDriver: GraphDriver;
}

export interface ImageWorkspace {
  image: Image;
  state: Workspace;
  /** Workspace path of overlay2's home (no leading slash). */
  home: string;
  /** The image's layers as overlay2 names them, bottom first. */
  layers: Overlay2Layer[];
  containers: Container[];
  /** Engine inodes of the image's layers: which layer each came from, and its node. */
  facts: Map<Ino, LayerFact>;
  /** Engine inodes of the containers' -init layers. */
  initInodes: Set<Ino>;
  store: ContentStore;
  hash: Sha256Factory;
}

export interface WorkspaceOptions {
  hash?: Sha256Factory;
  /** A store shared with other workspaces of the same image (its cache of large files). */
  store?: ContentStore;
}

const abs = (p: string) => `/${p}`;

function dirIno(fs: Fs, path: string): Ino {
  let ino = ROOT_INO;
  for (const part of path.split('/')) {
    const next = childIno(fs, ino, part);
    if (next === undefined) throw new Error(`image bug: no directory ${path}`);
    ino = next;
  }
  return ino;
}

/** The image's layers unpacked under /var/lib/docker/overlay2, no container yet. */
export function imageWorkspace(image: Image, opts: WorkspaceOptions = {}): ImageWorkspace {
  const hash = opts.hash ?? nobleSha256;
  const store = opts.store ?? new ContentStore(hash);
  const ids = layerIds(image.layers.map((l) => l.diffId), hash);
  const layers: Overlay2Layer[] = ids.map((x, i) => ({ id: x.id, link: x.link, lower: ids.slice(0, i).reverse().map((y) => `l/${y.link}`) }));
  const byNode = new Map<BulkNode, LayerFact>();
  const diffs = image.layers.map((l) => diffNodes(l.tree.root, l.index, store, byNode));
  const links: [string, BulkNode][] = layers.map((l) => [l.link, symlinkTo(`../${l.id}/diff`)]);
  const overlay2 = bulkDir(0o710, [...layerDirs(layers, diffs, (i) => i < layers.length - 1), ['l', bulkDir(0o700, links)]]);
  const tree: [string, BulkNode][] = [['var', bulkDir(0o755, [['lib', bulkDir(0o755, [['docker', bulkDir(0o710, [['overlay2', overlay2]])]])]])]];
  const facts = new Map<Ino, LayerFact>();
  const ws = createWorkspace();
  const fs = loadNodes(ws.fs, ROOT_INO, tree, (node, ino) => {
    const f = byNode.get(node);
    if (f) facts.set(ino, f);
  });
  return { image, state: { ...ws, fs }, home: DOCKER_HOME, layers, containers: [], facts, initInodes: new Set(), store, hash };
}

/** docker image inspect's GraphDriver: the top layer as upper, the rest as lowers. */
export function imageGraphDriver(w: ImageWorkspace): GraphDriver {
  const top = w.layers[w.layers.length - 1];
  const dirOf = (id: string) => `${abs(w.home)}/${id}`;
  const lowers = w.layers.slice(0, -1).reverse().map((l) => `${dirOf(l.id)}/diff`);
  return {
    Name: 'overlay2',
    Data: { ...(lowers.length ? { LowerDir: lowers.join(':') } : {}), MergedDir: `${dirOf(top.id)}/merged`, UpperDir: `${dirOf(top.id)}/diff`, WorkDir: `${dirOf(top.id)}/work` },
  };
}

/**
 * Starts a container: creates <id>-init (with Docker's placeholders) and
 * <id> (empty diff/, work/, merged/) and mounts <id>/merged over the init
 * layer and the image's layers. Returns a new workspace value.
 */
export function startContainer(w: ImageWorkspace, name = `c${w.containers.length + 1}`): ImageWorkspace {
  if (w.containers.some((c) => c.name === name)) {
    throw new ImageError('container', { name }, `a container named ${name} already runs on this image`);
  }
  const top = w.layers[w.layers.length - 1];
  const id = hexOf(w.hash, `container:${w.image.configDigest ?? top.id}:${name}`);
  const initId = `${id}-init`;
  const initLink = shortName(w.hash, initId);
  const ctrLink = shortName(w.hash, id);
  const imageLowers = [`l/${top.link}`, ...top.lower];
  const initLayer: Overlay2Layer = { id: initId, link: initLink, lower: imageLowers };
  const ctrLayer: Overlay2Layer = { id, link: ctrLink, lower: [`l/${initLink}`, ...imageLowers] };
  const [initDir, ctrDir] = layerDirs([initLayer, ctrLayer], [initLayerFiles(), []], (i) => i === 0);
  (ctrDir[1].children as [string, BulkNode][]).push(['merged', bulkDir(0o700)]);
  let fs = w.state.fs;
  const homeIno = dirIno(fs, w.home);
  const initDiff = initDir[1].children ? ([...initDir[1].children][0][1] as BulkNode) : undefined;
  const initInodes = new Set(w.initInodes);
  const initNodes = new Set<BulkNode>();
  const collect = (n: BulkNode) => {
    for (const [, c] of n.children ?? []) {
      initNodes.add(c);
      collect(c);
    }
  };
  if (initDiff) collect(initDiff);
  fs = loadNodes(fs, homeIno, [initDir, ctrDir], (node, ino) => {
    if (initNodes.has(node)) initInodes.add(ino);
  });
  fs = loadNodes(fs, dirIno(fs, `${w.home}/l`), [
    [initLink, symlinkTo(`../${initId}/diff`)],
    [ctrLink, symlinkTo(`../${id}/diff`)],
  ]);
  const topIno = dirIno(fs, `${w.home}/${top.id}`);
  if (!child(fs, topIno, 'committed')) fs = loadNodes(fs, topIno, [['committed', bulkText('', 0o600)]]);
  const home = abs(w.home);
  const lowerdir = ctrLayer.lower.map((s) => `${home}/${s}`).join(':');
  const mountOptions = `index=off,lowerdir=${lowerdir},upperdir=${home}/${id}/diff,workdir=${home}/${id}/work`;
  const merged = `${w.home}/${id}/merged`;
  const k = new Kernel({ ...w.state, fs }, '', { record: false });
  const r = k.mount('overlay', abs(merged), 'overlay', 0, mountOptions);
  if (!r.ok) throw new ImageError('container', { name, errno: r.errno }, `mounting container ${name} failed: ${r.errno}${r.why ? ` (${r.why})` : ''}`);
  const diffOf = (x: string) => `${home}/${x}/diff`;
  const container: Container = {
    name,
    id,
    merged,
    mountOptions,
    mountLine: `mount -t overlay overlay -o ${mountOptions} ${abs(merged)}`,
    graphDriver: {
      Name: 'overlay2',
      Data: {
        LowerDir: [initId, ...[...w.layers].reverse().map((l) => l.id)].map(diffOf).join(':'),
        MergedDir: abs(merged),
        UpperDir: `${home}/${id}/diff`,
        WorkDir: `${home}/${id}/work`,
      },
    },
  };
  return { ...w, state: k.ws, containers: [...w.containers, container], initInodes };
}
