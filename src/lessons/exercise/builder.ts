// A small random layer setup, written out as a scenario script: the same
// text runs on the simulator and, in the kernel tests, on Linux. Templates
// place their target entries first; noise fills in around them so no two
// exercises look alike, and every name is claimed once so nothing collides.
import type { Rng } from '../prng.ts';

export type NodeKind = 'file' | 'dir' | 'whiteout' | 'opaque';

interface Node {
  kind: NodeKind;
  content?: string;
}

export type Layout = 'two' | 'three' | 'read-only';

const FILES = ['a.txt', 'b.txt', 'notes.md', 'app.conf', 'data.csv', 'todo.txt', 'run.sh', 'log.txt', 'motd', 'hosts'];
const DIRS = ['docs', 'cache', 'src', 'conf', 'img', 'lib', 'bin', 'share'];
const CHILDREN = ['1.txt', '2.txt', 'readme', 'x.cfg', 'y.cfg', 'list'];

const dirname = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

export class SetupBuilder {
  readonly lowers: readonly string[];
  readonly upper: string | null;
  readonly options: string[] = [];
  /** Commands run through merged/ after the mount ("someone already deleted it"). */
  readonly pre: string[] = [];
  private readonly nodes = new Map<string, Map<string, Node>>();
  private readonly links: [string, string, string][] = [];
  private readonly used = new Set<string>();

  constructor(layout: Layout) {
    this.lowers = layout === 'two' ? ['lower'] : layout === 'three' ? ['top', 'mid', 'base'] : ['top', 'base'];
    this.upper = layout === 'read-only' ? null : 'upper';
    for (const l of this.layers) this.nodes.set(l, new Map());
  }

  /** Every layer directory, lowers top first, then the upper. */
  get layers(): string[] {
    return this.upper ? [...this.lowers, this.upper] : [...this.lowers];
  }

  get base(): string {
    return this.lowers[this.lowers.length - 1];
  }

  get top(): string {
    return this.lowers[0];
  }

  private put(layer: string, path: string, node: Node): void {
    const m = this.nodes.get(layer);
    if (!m) throw new Error(`no layer ${layer}`);
    for (let d = dirname(path); d !== ''; d = dirname(d)) if (!m.has(d)) m.set(d, { kind: 'dir' });
    // A directory marked opaque stays opaque when a child adds it again.
    if (!(node.kind === 'dir' && m.get(path)?.kind === 'opaque')) m.set(path, node);
    this.used.add(path.split('/')[0]);
    this.used.add(path);
  }

  file(layer: string, path: string, content = `${basename(path)} (${layer})`): this {
    this.put(layer, path, { kind: 'file', content });
    return this;
  }

  dir(layer: string, path: string): this {
    this.put(layer, path, { kind: 'dir' });
    return this;
  }

  whiteout(layer: string, path: string): this {
    this.put(layer, path, { kind: 'whiteout' });
    return this;
  }

  opaque(layer: string, path: string): this {
    this.put(layer, path, { kind: 'opaque' });
    return this;
  }

  /** `ln layer/from layer/to` after the files are written. */
  hardlink(layer: string, from: string, to: string): this {
    this.used.add(to);
    this.links.push([layer, from, to]);
    return this;
  }

  /** An unused top-level name of the kind asked for. */
  fresh(rng: Rng, kind: 'file' | 'dir'): string {
    const pool = (kind === 'file' ? FILES : DIRS).filter((n) => !this.used.has(n));
    const name = pool.length > 0 ? rng.pick(pool) : `${kind}${this.used.size}`;
    this.used.add(name);
    return name;
  }

  /** An unused child name inside `dir`. */
  child(rng: Rng, dir: string): string {
    const pool = CHILDREN.filter((n) => !this.used.has(`${dir}/${n}`));
    const name = `${dir}/${pool.length > 0 ? rng.pick(pool) : `c${this.used.size}`}`;
    this.used.add(name);
    return name;
  }

  /** A random non-empty set of layers (lowers, and the upper when there is one). */
  someLayers(rng: Rng): string[] {
    const all = this.layers;
    const picked = all.filter(() => rng.chance(0.45));
    return picked.length > 0 ? picked : [rng.pick(all)];
  }

  /** Entries unrelated to the question, so the learner must tell what the command touches. Returns their top-level names. */
  noise(rng: Rng, count: number): string[] {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const isDir = rng.chance(0.35);
      const name = this.fresh(rng, isDir ? 'dir' : 'file');
      names.push(name);
      for (const layer of this.someLayers(rng)) {
        if (isDir) this.file(layer, this.child(rng, name));
        else this.file(layer, name);
      }
    }
    return names;
  }

  mountLine(): string {
    const lowerdir = `lowerdir=${this.lowers.map((l) => `./${l}`).join(':')}`;
    if (!this.upper) return `mount -t overlay overlay -o ${lowerdir} ./merged`;
    const opts = [lowerdir, `upperdir=./${this.upper}`, 'workdir=./work', ...this.options].join(',');
    return `mount -t overlay overlay -o ${opts} ./merged`;
  }

  script(): string {
    const out = [`mkdir ${[...this.layers, ...(this.upper ? ['work'] : []), 'merged'].join(' ')}`];
    for (const layer of this.layers) {
      const entries = [...this.nodes.get(layer)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const dirs = entries.filter(([, n]) => n.kind === 'dir' || n.kind === 'opaque').map(([p]) => `${layer}/${p}`);
      if (dirs.length > 0) out.push(`mkdir -p ${dirs.join(' ')}`);
      for (const [p, n] of entries) {
        if (n.kind === 'file') out.push(`echo "${n.content}" > ${layer}/${p}`);
        if (n.kind === 'whiteout') out.push(`mknod ${layer}/${p} c 0 0`);
        if (n.kind === 'opaque') out.push(`setfattr -n trusted.overlay.opaque -v y ${layer}/${p}`);
      }
      for (const [l, from, to] of this.links) if (l === layer) out.push(`ln ${layer}/${from} ${layer}/${to}`);
    }
    out.push(this.mountLine(), ...this.pre);
    return `${out.join('\n')}\n`;
  }
}
