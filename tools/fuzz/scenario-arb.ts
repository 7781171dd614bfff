// Random scenarios for differential testing against the kernel: a few
// layers filled by hand (files, dirs, symlinks, hard links, whiteouts,
// opaque dirs, xattrs), an overlay mounted with a random option set, then
// random commands on random paths, with remounts. Names come from a small
// pool so that paths collide across layers, which is where overlays differ.
// Paths sometimes end in a slash, symlinks sometimes point at one (namei's
// trailing-slash rules), and the shell's `<>`, `>|` and `set -C` come up.
// One scenario in five stacks: the top lower is another overlay's mount
// point (inner/, over ilower/ and iupper/), changed through it before and
// while the outer is mounted, and sometimes unmounted first. One in six
// mounts with userxattr (the overlay's marks then user.overlay.*), layers
// hold xattr whiteouts, and layers change behind the overlay, mounted or
// not (layer-change-arb.ts).
import fc from 'fast-check';
import { behindOp, layerCommands, nsFor, offlineOp, privateXattrOp, xwhiteoutLines } from './layer-change-arb.ts';

const NAMES = ['a', 'b', 'c', 'd'];
// Now and then a name outside ASCII: sorting (bytes in the C locale) and
// tree's octal escapes must agree with the kernel run too.
const segment = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.constantFrom('ü', '名') });
const relPath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
const text = fc.constantFrom('one', 'two', 'x y', '', 'three\\nlines');
/** A path that ends in a slash one time in five. */
const slashed = (p: string, n: number) => (n === 0 ? `${p}/` : p);
const anyPath = fc.tuple(relPath, fc.integer({ min: 0, max: 4 })).map(([p, n]) => slashed(p, n));

export interface ScenarioShape {
  lowers: string[];
  /** The top lower is the overlay mounted on inner/ (set up in `setup`). */
  stacked?: boolean;
  upper: boolean;
  /** The namespace of the overlay's marks the scenario writes by hand (its mount's). */
  ns: string;
  setup: string[];
  options: string[];
  ro: boolean;
  ops: string[];
}

/** `flip` 0 writes a mark in the namespace the mount does not read. */
type LayerEntry = { kind: string; path: string; extra: string; flip: number };

const layerEntry: fc.Arbitrary<LayerEntry> = fc.record({
  // No fifos: opening one blocks on a real kernel, and the oracle would hang.
  kind: fc.constantFrom('file', 'file', 'file', 'dir', 'dir', 'symlink', 'symlink', 'slashlink', 'whiteout', 'opaque', 'hardlink', 'xattr', 'owned', 'owned-dir', 'private', 'xwhiteout'),
  path: relPath,
  extra: relPath,
  flip: fc.integer({ min: 0, max: 4 }),
});

function parentsOf(layer: string, path: string): string[] {
  const parts = path.split('/');
  return parts.length > 1 ? [`mkdir -p ${layer}/${parts.slice(0, -1).join('/')}`] : [];
}

function layerLines(layer: string, entries: LayerEntry[], userxattr: boolean): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const p = `${layer}/${e.path}`;
    const ns = nsFor(userxattr, e.flip);
    const guard = (cmd: string) => [...parentsOf(layer, e.path), cmd];
    switch (e.kind) {
      case 'file':
        out.push(...guard(`echo "${layer} ${e.path}" > ${p}`));
        break;
      case 'dir':
        out.push(`mkdir -p ${p}`);
        break;
      case 'symlink':
        out.push(...guard(`ln -s ${e.extra} ${p}`));
        break;
      case 'slashlink':
        // A link whose body ends in a slash asks for a directory wherever it is followed.
        out.push(...guard(`ln -s ${e.extra}/ ${p}`));
        break;
      case 'whiteout':
        out.push(...guard(`mknod ${p} c 0 0`));
        break;
      case 'opaque':
        out.push(`mkdir -p ${p}`, `setfattr -n ${ns}opaque -v y ${p}`);
        break;
      case 'xwhiteout':
        out.push(...xwhiteoutLines(layer, e.path, ns, parentsOf(layer, e.path)));
        break;
      case 'hardlink':
        out.push(...guard(`echo "${layer} ${e.path}" > ${p}`), ...parentsOf(layer, e.extra), `ln ${p} ${layer}/${e.extra}`);
        break;
      case 'xattr':
        out.push(...guard(`echo "${layer} ${e.path}" > ${p}`), `setfattr -n user.k -v ${layer} ${p}`);
        break;
      case 'fifo':
        out.push(...guard(`mknod ${p} p`));
        break;
      // Objects of other users, and a directory only its owner may enter.
      case 'owned':
        out.push(...guard(`echo "${layer} ${e.path}" > ${p}`), `chown 1:1 ${p}`);
        break;
      case 'owned-dir':
        out.push(`mkdir -p ${p}`, `chown 1:1 ${p}`);
        break;
      case 'private':
        out.push(`mkdir -p ${p}`, `chmod 700 ${p}`);
        break;
    }
  }
  return out;
}

const optionSet = fc.record({
  redirect: fc.constantFrom(null, 'on', 'off', 'follow', 'nofollow'),
  metacopy: fc.constantFrom(null, null, 'on', 'off'),
  index: fc.constantFrom(null, null, 'on', 'off'),
  xino: fc.constantFrom(null, null, 'on', 'auto'),
  uuid: fc.constantFrom(null, null, 'on', 'off', 'null'),
  nfs: fc.constantFrom(null, null, null, 'on'),
  volatile: fc.constantFrom(false, false, false, false, false, true),
  userxattr: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  conflicts: fc.integer({ min: 0, max: 4 }),
}).map(({ conflicts, ...o }) => {
  // userxattr refuses redirect_dir=on/follow and metacopy=on: one such mount
  // in five is kept (it must fail), the others lose the conflicting option.
  if (!o.userxattr || conflicts === 0) return o;
  return { ...o, redirect: o.redirect === 'on' || o.redirect === 'follow' ? null : o.redirect, metacopy: o.metacopy === 'on' ? null : o.metacopy };
});

type Options = { redirect: string | null; metacopy: string | null; index: string | null; xino: string | null; uuid: string | null; nfs: string | null; volatile: boolean; userxattr: boolean };

function optionsOf(o: Options): string[] {
  const out: string[] = [];
  if (o.volatile) out.push('volatile');
  if (o.userxattr) out.push('userxattr');
  if (o.redirect) out.push(`redirect_dir=${o.redirect}`);
  if (o.metacopy) out.push(`metacopy=${o.metacopy}`);
  if (o.index) out.push(`index=${o.index}`);
  if (o.xino) out.push(`xino=${o.xino}`);
  if (o.uuid) out.push(`uuid=${o.uuid}`);
  if (o.nfs) out.push(`nfs_export=${o.nfs}`);
  return out;
}

const m = (p: string) => `merged/${p}`;

/** Commands that run as programs (no redirection, no builtin): they can run as another user too. */
const programOp: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: relPath.map((p) => `cat ${m(p)}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('rm', 'rm -f', 'rm -r', 'rm -rf'), relPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('mkdir', 'mkdir -p'), relPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `rmdir ${m(p)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('mv', 'mv -T'), relPath, relPath).map(([c, a, b]) => `${c} ${m(a)} ${m(b)}`) },
  { weight: 1, arbitrary: fc.tuple(relPath, relPath).filter(([a, b]) => b !== a && !b.startsWith(`${a}/`)).map(([a, b]) => `cp ${m(a)} ${m(b)}`) },
  { weight: 1, arbitrary: fc.tuple(relPath, relPath).map(([a, b]) => `ln ${m(a)} ${m(b)}`) },
  { weight: 3, arbitrary: relPath.map((p) => `touch ${m(p)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('600', '755', '2755', 'u+x'), relPath).map(([md, p]) => `chmod ${md} ${m(p)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('0', '3'), relPath).map(([n, p]) => `truncate -s ${n} ${m(p)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('chown 1', 'chown 2:2', 'chgrp 1', 'chgrp 2'), relPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `setfattr -n user.x -v y ${m(p)}`) },
  { weight: 1, arbitrary: fc.constantFrom('ls merged', 'ls -a merged') },
  { weight: 1, arbitrary: relPath.map((p) => `ls ${m(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `stat -c '%u:%g %a %n' ${m(p)}`) },
);

const inn = (p: string) => `inner/${p}`;

/** What is done through the inner overlay of a stacked scenario: whiteouts, opaque dirs, copy-ups, escaped xattrs. */
const innerOp: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('rm -rf', 'rm -f'), relPath).map(([c, p]) => `${c} ${inn(p)}`) },
  { weight: 2, arbitrary: relPath.map((p) => `mkdir -p ${inn(p)}`) },
  { weight: 3, arbitrary: fc.tuple(relPath, text).map(([p, t]) => `echo "${t}" > ${inn(p)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('600', '755'), relPath).map(([md, p]) => `chmod ${md} ${inn(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `setfattr -n user.i -v inner ${inn(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `setfattr -n trusted.overlay.opaque -v y ${inn(p)}`) },
  { weight: 1, arbitrary: fc.tuple(relPath, relPath).map(([a, b]) => `mv ${inn(a)} ${inn(b)}`) },
);

/** One command on the merged tree (or, rarely, a remount). */
const op: fc.Arbitrary<string> = fc.oneof(
  // Another user (1 owns what `owned` makes; 2 owns nothing): the caller's check on the overlay inode, the mounter's on the layer.
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'setpriv --reuid=1 --regid=1 --clear-groups',
          'setpriv --reuid=1 --regid=1 --clear-groups',
          'setpriv --reuid=2 --regid=2 --clear-groups',
          'setpriv --reuid=bin --init-groups',
          'setpriv --euid=1 --egid=1 --keep-groups',
        ),
        programOp,
      )
      .map(([u, o]) => `${u} ${o}`),
  },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('chown 1:1', 'chown 2', 'chown :1', 'chgrp 2', 'chown -R 1:1', 'chown -h 2:2'), anyPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 1, arbitrary: anyPath.map((p) => `stat -c '%U:%G %a %n' ${m(p)}`) },
  { weight: 4, arbitrary: fc.tuple(anyPath, text).map(([p, t]) => `echo "${t}" > ${m(p)}`) },
  { weight: 2, arbitrary: fc.tuple(anyPath, text).map(([p, t]) => `echo "${t}" >> ${m(p)}`) },
  // The shell: read-write opens, noclobber and its override.
  { weight: 1, arbitrary: fc.tuple(anyPath, text).map(([p, t]) => `echo "${t}" 1<> ${m(p)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('cat <>', ': <>'), anyPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 1, arbitrary: fc.tuple(anyPath, text).map(([p, t]) => `echo "${t}" >| ${m(p)}`) },
  { weight: 2, arbitrary: fc.constantFrom('set -C', 'set -o noclobber', 'set -C', 'set +C', 'set +o noclobber') },
  { weight: 3, arbitrary: anyPath.map((p) => `cat ${m(p)}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('rm', 'rm -f', 'rm -r', 'rm -rf'), anyPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('mkdir', 'mkdir -p'), anyPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 2, arbitrary: anyPath.map((p) => `rmdir ${m(p)}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('mv', 'mv -T', 'mv -f'), anyPath, anyPath).map(([c, a, b]) => `${c} ${m(a)} ${m(b)}`) },
  // Never a copy into itself: what lands then depends on readdir order, which
  // ext4 derives from a per-filesystem hash seed and so differs between machines.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('cp', 'cp -r', 'cp -d', 'cp -f'), relPath, relPath, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
      .filter(([, a, b]) => b !== a && !b.startsWith(`${a}/`))
      .map(([c, a, b, i, j]) => `${c} ${m(slashed(a, i))} ${m(slashed(b, j))}`),
  },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('ln', 'ln', 'ln -f', 'ln -T'), anyPath, anyPath).map(([c, a, b]) => `${c} ${m(a)} ${m(b)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ln -s', 'ln -s', 'ln -sf', 'ln -sfn'), anyPath, anyPath).map(([c, a, b]) => `${c} ${a} ${m(b)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('touch', 'touch', 'touch -c'), anyPath).map(([c, p]) => `${c} ${m(p)}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('600', '755', '1777', 'u+x', 'go-r'), anyPath).map(([md, p]) => `chmod ${md} ${m(p)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('0', '3', '10'), anyPath).map(([n, p]) => `truncate -s ${n} ${m(p)}`) },
  { weight: 1, arbitrary: anyPath.map((p) => `readlink ${m(p)}`) },
  { weight: 1, arbitrary: anyPath.map((p) => `setfattr -n user.x -v y ${m(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `setfattr -x user.k ${m(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `getfattr -d ${m(p)}`) },
  { weight: 1, arbitrary: fc.constantFrom('ls merged', 'ls -a merged', 'tree merged') },
  { weight: 1, arbitrary: relPath.map((p) => `setfattr -n trusted.overlay.opaque -v y ${m(p)}`) },
  { weight: 1, arbitrary: relPath.map((p) => `getfattr -n trusted.overlay.opaque ${m(p)}`) },
  { weight: 1, arbitrary: privateXattrOp },
  { weight: 1, arbitrary: fc.constant('REMOUNT') },
  // Layers renamed or replaced while unmounted (then mounted again), or behind the mounted overlay.
  { weight: 2, arbitrary: offlineOp },
  { weight: 2, arbitrary: behindOp },
  // Working inside the mount: relative paths, and an umount that is busy meanwhile.
  { weight: 1, arbitrary: fc.constant('CDIN') },
  // A stacked scenario: the inner overlay changed, or unmounted, under the outer (nothing otherwise).
  { weight: 2, arbitrary: innerOp.map((o) => `INNER ${o}`) },
  { weight: 1, arbitrary: fc.constant('UMOUNT_INNER') },
  // Changing a layer directly while it is mounted: the dentry cache decides what merged/ shows.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('LOWER', 'upper'), fc.constantFrom('echo "late" >', 'rm -rf', 'mkdir -p', 'mknod'), relPath)
      .map(([l, c, p]) => (c === 'mknod' ? `mknod ${l}/${p} c 0 0` : `${c} ${l}/${p}`)),
  },
);

export const scenarioShape: fc.Arbitrary<ScenarioShape> = fc
  .record({
    layers: fc.integer({ min: 1, max: 3 }),
    readOnly: fc.integer({ min: 0, max: 9 }),
    entries: fc.array(fc.array(layerEntry, { maxLength: 6 }), { minLength: 4, maxLength: 4 }),
    options: optionSet,
    ro: fc.integer({ min: 0, max: 14 }),
    ops: fc.array(op, { minLength: 1, maxLength: 12 }),
    // Now and then the upper root (so merged/ itself) belongs to user 1, who may then create at the top.
    userRoot: fc.integer({ min: 0, max: 2 }),
    stack: fc.integer({ min: 0, max: 4 }),
    innerOps: fc.array(innerOp, { maxLength: 4 }),
  })
  .map((r) => {
    const noUpper = r.readOnly === 0 && r.layers >= 2;
    const stacked = r.stack === 0;
    const lowers = r.layers === 1 ? ['lower'] : r.layers === 2 ? ['top', 'base'] : ['top', 'mid', 'base'];
    if (stacked) lowers[0] = 'inner';
    const setup = [`mkdir ${[...(stacked ? ['ilower', 'iupper', 'iwork'] : []), ...lowers, ...(noUpper ? [] : ['upper', 'work']), 'merged'].join(' ')}`];
    const ux = r.options.userxattr;
    lowers.forEach((l, i) => setup.push(...layerLines(l === 'inner' ? 'ilower' : l, r.entries[i], ux)));
    if (stacked) setup.push('mount -t overlay overlay -o lowerdir=./ilower,upperdir=./iupper,workdir=./iwork ./inner', ...r.innerOps);
    if (!noUpper) setup.push(...layerLines('upper', r.entries[3], ux));
    if (!noUpper && r.userRoot === 0) setup.push('chown 1:1 upper');
    return { lowers, ...(stacked ? { stacked } : {}), upper: !noUpper, ns: nsFor(ux, 1), setup, options: optionsOf(r.options), ro: r.ro === 0 && !noUpper, ops: r.ops };
  });

export function mountLine(s: ScenarioShape): string {
  const parts = [`lowerdir=${s.lowers.map((l) => `./${l}`).join(':')}`];
  if (s.upper) parts.push('upperdir=./upper', 'workdir=./work');
  if (s.ro) parts.push('ro');
  parts.push(...s.options);
  return `mount -t overlay overlay -o ${parts.join(',')} ./merged`;
}

export function scenarioText(s: ScenarioShape): string {
  const lines = ['# title: differential test case', ...s.setup, mountLine(s)];
  for (const o of s.ops) {
    if (o === 'REMOUNT') {
      // After volatile the next mount is refused part-way through emptying
      // work/work, in readdir order, so what is left differs from run to run.
      if (!s.options.includes('volatile')) lines.push('umount merged', mountLine(s));
    }
    else if (o === 'CDIN') {
      // Only into merged itself and straight back: a failed cd must never
      // leave the next `cd ..` climbing out of the workspace on a real machine.
      const inside = s.ops.filter((x) => x.includes('merged/') && !x.includes('LOWER/') && !x.includes('upper/')).slice(0, 2);
      lines.push('cd merged', ...inside.map((x) => x.replace(/merged\//g, '')), 'umount ../merged', 'cd ..');
    }
    else if (o.startsWith('INNER ')) {
      if (s.stacked) lines.push(o.slice('INNER '.length));
    }
    else if (o.startsWith('OFFLINE\t') || o.startsWith('BEHIND\t')) {
      const cmds = layerCommands(o, s.lowers, s.upper, s.ns);
      if (!cmds) continue;
      // Unmounted, as for REMOUNT: never after volatile.
      if (o.startsWith('BEHIND')) lines.push(...cmds);
      else if (!s.options.includes('volatile')) lines.push('umount merged', ...cmds, mountLine(s));
    }
    else if (o === 'UMOUNT_INNER') {
      if (s.stacked) lines.push('umount inner');
    }
    else if (o.includes('LOWER/')) lines.push(o.replace('LOWER/', `${s.lowers[0]}/`));
    else if (o.includes('upper/') && !s.upper) continue;
    else lines.push(o);
  }
  lines.push('umount merged');
  if (s.stacked) lines.push('umount inner');
  return `${lines.join('\n')}\n`;
}

export const scenarioArb: fc.Arbitrary<string> = scenarioShape.map(scenarioText);
