// The image oracle: an image's merged tree as the real kernel shows it.
// It shares nothing with src/image's reading of archives or layers: GNU tar
// unpacks the archive and each layer, gzip and zstd decompress, the
// whiteouts are then converted as overlay2 converts them (`.wh.NAME` to a
// 0/0 character device owned like the marker, `.wh..wh..opq` to
// trusted.overlay.opaque=y), and the layers are mounted with `mount -t
// overlay` in a private mount namespace (unshare -m). The walk over the
// mount prints the `image tree` format; only that format (escaping, order)
// is shared with the engine's side.
//
//   npx tsx tools/kernel/image-oracle.ts [--image REF] IMAGE
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeName, compareNames } from '../../src/image/names.ts';
import { formatTree, type TreeRow, type TreeType } from '../../src/image/tree.ts';
import { kernelUnavailableReason } from './available.ts';
import { Namespace } from './run.ts';

function sh(script: string, args: string[] = []): string {
  const r = spawnSync('bash', ['-c', `umask 022; set -eo pipefail; ${script}`, 'oracle', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`oracle step failed (${script.slice(0, 60)}...): ${r.stderr.trim()}`);
  return r.stdout;
}

function magic(file: string): 'gzip' | 'zstd' | 'none' {
  const fd = openSync(file, 'r');
  const b = Buffer.alloc(4);
  const n = readSync(fd, b, 0, 4, 0);
  closeSync(fd);
  if (n >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (n >= 4 && b.readUInt32BE(0) === 0x28b52ffd) return 'zstd';
  return 'none';
}

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

/** The layer files of the archive's image, bottom first (its own reading of the formats). */
function layerFiles(archive: string, dir: string, image?: string): string[] {
  const c = magic(archive);
  const cat = c === 'gzip' ? 'gzip -dc' : c === 'zstd' ? 'zstd -dcq' : 'cat';
  // An image archive? Look at the member names without unpacking.
  const names = sh(`${cat} "$1" | tar -t 2>/dev/null | head -n 2000 || true`, [archive]).split('\n');
  const isImage = names.some((n) => /^(\.\/)?(manifest\.json|index\.json|oci-layout)$/.test(n));
  if (!isImage) return [archive];
  sh(`mkdir -p "$2" && ${cat} "$1" | tar -x -C "$2"`, [archive, dir]);
  const blob = (digest: string) => join(dir, 'blobs', ...digest.split(':'));
  if (existsSync(join(dir, 'index.json')) && existsSync(join(dir, 'oci-layout'))) {
    let doc = readJson(join(dir, 'index.json'));
    for (let depth = 0; depth < 5; depth++) {
      if (Array.isArray(doc.layers)) return doc.layers.map((l: { digest: string }) => blob(l.digest));
      const ms = (doc.manifests as { digest: string; mediaType: string; platform?: { os: string; architecture: string }; annotations?: Record<string, string> }[]).filter(
        (m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && !(m.platform && m.platform.os === 'unknown'),
      );
      const named = image ? ms.filter((m) => Object.values(m.annotations ?? {}).some((v) => v === image || v.endsWith(`/${image}`))) : ms;
      const amd = named.filter((m) => !m.platform || (m.platform.os === 'linux' && m.platform.architecture === 'amd64'));
      const pick = (amd.length ? amd : named)[0] ?? ms[0];
      doc = readJson(blob(pick.digest));
    }
    throw new Error('index.json: nesting too deep');
  }
  const items = readJson(join(dir, 'manifest.json')) as { RepoTags?: string[]; Layers: string[] }[];
  const item = image ? items.find((i) => (i.RepoTags ?? []).some((t) => t === image || t.endsWith(`/${image}`))) : items[0];
  if (!item) throw new Error(`no image ${image}`);
  return item.Layers.map((l) => join(dir, l));
}

/** Unpacks one layer into an empty diff/ as overlay2 does, with GNU tar, then converts its whiteouts. */
function applyLayer(file: string, diff: string): void {
  const c = magic(file);
  const cat = c === 'gzip' ? 'gzip -dc' : c === 'zstd' ? 'zstd -dcq' : 'cat';
  sh(`mkdir -p "$2" && ${cat} "$1" | tar -x --numeric-owner --same-owner --same-permissions -C "$2"`, [file, diff]);
  // moby ignores a layer's entry for its root: diff/ stays as the driver made it.
  sh('chown 0:0 "$1" && chmod 0755 "$1"', [diff]);
  // Deepest first, so a marker inside a directory is handled before anything above it moves.
  const markers = sh(`cd "$1" && find . -depth -name '.wh.*' -print0 | tr '\\0' '\\n'`, [diff])
    .split('\n')
    .filter(Boolean);
  for (const m of markers) {
    const path = join(diff, m);
    const slash = path.lastIndexOf('/');
    const parent = path.slice(0, slash);
    const base = path.slice(slash + 1);
    if (base === '.wh..wh..opq') {
      sh('setfattr -n trusted.overlay.opaque -v y -- "$1" && rm -f -- "$2"', [parent, path]);
    } else {
      const st = lstatSync(path);
      const hidden = join(parent, base.slice(4));
      sh('rm -f -- "$1" && mknod -m 000 -- "$2" c 0 0 && chown -h "$3" -- "$2"', [path, hidden, `${st.uid}:${st.gid}`]);
    }
  }
}

const isWhiteout = (st: Stats) => st.isCharacterDevice() && st.rdev === 0;

function typeOf(st: Stats): TreeType {
  if (st.isFile()) return 'f';
  if (st.isDirectory()) return 'd';
  if (st.isSymbolicLink()) return 'l';
  if (st.isCharacterDevice()) return 'c';
  if (st.isBlockDevice()) return 'b';
  if (st.isFIFO()) return 'p';
  return 's';
}

/** Is `parts` a real (non-whiteout) object in this diff dir, every parent a real directory? */
function layerHolds(diff: string, parts: Buffer[]): boolean {
  let p = diff;
  for (let i = 0; i < parts.length; i++) {
    p = `${p}/${parts[i].toString('latin1')}`;
    let st: Stats;
    try {
      st = lstatSync(Buffer.from(p, 'latin1'));
    } catch {
      return false;
    }
    if (i < parts.length - 1 && !st.isDirectory()) return false;
    if (i === parts.length - 1) return !isWhiteout(st);
  }
  return false;
}

function sha256File(path: Buffer): string {
  const h = createHash('sha256');
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    h.update(buf.subarray(0, n));
  }
  closeSync(fd);
  return h.digest('hex');
}

const name = (b: Buffer) => decodeName(b.toString('latin1'));

function walk(root: string, diffs: string[]): { rows: TreeRow[]; unresolvable: string[] } {
  const rows: TreeRow[] = [];
  const unresolvable: string[] = [];
  const visit = (abs: Buffer, parts: Buffer[]) => {
    for (const n of readdirSync(abs, { encoding: 'buffer' }) as Buffer[]) {
      const childAbs = Buffer.concat([abs, Buffer.from('/'), n]);
      const childParts = [...parts, n];
      const path = `/${childParts.map(name).join('/')}`;
      let st: Stats;
      try {
        st = lstatSync(childAbs);
      } catch {
        unresolvable.push(path);
        continue;
      }
      const type = typeOf(st);
      let layer = 'upper';
      for (let i = diffs.length - 1; i >= 0; i--) {
        if (layerHolds(diffs[i], childParts)) {
          layer = String(i + 1);
          break;
        }
      }
      rows.push({
        path,
        type,
        mode: st.mode & 0o7777,
        uid: st.uid,
        gid: st.gid,
        size: type === 'f' ? st.size : 0,
        major: Math.floor(st.rdev / 256) & 0xfff,
        minor: (st.rdev & 0xff) | ((st.rdev >> 12) & 0xfff00),
        sha256: type === 'f' ? sha256File(childAbs) : null,
        target: type === 'l' ? name(readlinkSync(childAbs, { encoding: 'buffer' }) as Buffer) : null,
        layer,
      });
      if (type === 'd') visit(childAbs, childParts);
    }
  };
  visit(Buffer.from(root), []);
  rows.sort((a, b) => compareNames(a.path, b.path));
  unresolvable.sort(compareNames);
  return { rows, unresolvable };
}

/** The `image tree` text of an image, read from the real kernel. Throws when a step fails. */
export function imageTreeOnKernel(archive: string, opts: { image?: string } = {}): string {
  const ws = realpathSync(mkdtempSync(join(tmpdir(), 'overlay-lab-image-oracle-')));
  let ns: Namespace | undefined;
  try {
    const files = layerFiles(realpathSync(archive), join(ws, 'archive'), opts.image);
    const diffs = files.map((f, i) => {
      const d = join(ws, 'layers', String(i + 1));
      applyLayer(f, d);
      return d;
    });
    rmSync(join(ws, 'archive'), { recursive: true, force: true });
    sh('mkdir -p "$1/upper" "$1/work" "$1/merged"', [ws]);
    ns = new Namespace();
    const lowerdir = [...diffs].reverse().join(':');
    const r = ns.run(['mount', '-t', 'overlay', 'overlay', '-o', `lowerdir=${lowerdir},upperdir=${ws}/upper,workdir=${ws}/work`, `${ws}/merged`], ws);
    if (r.status !== 0) throw new Error(`mount failed: ${r.stderr.toString().trim()}`);
    return formatTree(walk(ns.view(`${ws}/merged`), diffs));
  } finally {
    ns?.close();
    for (let i = 0; i < 50; i++) {
      try {
        rmSync(ws, { recursive: true, force: true });
        break;
      } catch {
        spawnSync('sleep', ['0.02']);
      }
    }
  }
}

function main(argv: string[]): number {
  const i = argv.indexOf('--image');
  const image = i >= 0 ? argv[i + 1] : undefined;
  const files = argv.filter((a, j) => !a.startsWith('--') && !(i >= 0 && j === i + 1));
  if (files.length !== 1) {
    process.stderr.write('usage: npx tsx tools/kernel/image-oracle.ts [--image REF] IMAGE\n');
    return 2;
  }
  const reason = kernelUnavailableReason();
  if (reason) {
    process.stderr.write(`image-oracle: the kernel is not available: ${reason}\n`);
    return 3;
  }
  if (!existsSync(files[0]) || !statSync(files[0]).isFile()) {
    process.stderr.write(`image-oracle: ${files[0]}: no such file\n`);
    return 1;
  }
  process.stdout.write(imageTreeOnKernel(files[0], { image }));
  return 0;
}

if (process.argv[1] && /image-oracle\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
