// chown [-R] [-h] [-f] OWNER[:GROUP] FILE... and chgrp [-R] [-h] [-f] GROUP
// FILE..., as GNU coreutils 9.1 does them (chown-core.c over fts, the spec
// parsed as gnulib's parse_user_spec does). Each file is stat'ed, then
// changed with fchownat even when the owner is already right (the kernel
// then still clears set-user-id). Without -R a symlink operand is followed
// (-h changes the link itself); with -R the walk is physical: links are
// changed themselves and not followed, and a directory is changed after
// its contents, in readdir order.
import type { DirEntry, Stat } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { join } from '../util/path.ts';
import { readDirectory } from '../util/readdir.ts';
import { quote } from '../util/text.ts';
import { lookupGroup, lookupUser, parseId } from '../util/users.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef, type Parsed, type Proc } from './types.ts';

interface ChownArgs {
  /** -1: left as it is. */
  uid: number;
  gid: number;
  recursive: boolean;
  noDeref: boolean;
  force: boolean;
  files: string[];
  /** gnulib's warning for a '.' separator, printed when the command runs. */
  warning?: string;
}

type Spec = { ok: true; uid: number; gid: number } | { ok: false; message: string };

function parseGroup(g: string): number | undefined {
  if (g.startsWith('+')) return parseId(g.slice(1));
  return lookupGroup(g) ?? parseId(g);
}

/** parse_with_separator: USER, USER:GROUP, USER: (the login group), :GROUP. */
function withSeparator(spec: string, sep: number): Spec {
  const u = sep < 0 ? spec : spec.slice(0, sep);
  const gText = sep < 0 || sep === spec.length - 1 ? undefined : spec.slice(sep + 1);
  let uid = -1;
  let gid = -1;
  if (u !== '') {
    const pw = u.startsWith('+') ? undefined : lookupUser(u);
    if (!pw) {
      if (sep >= 0 && gText === undefined) return { ok: false, message: 'invalid spec' };
      const n = parseId(u.startsWith('+') ? u.slice(1) : u);
      if (n === undefined) return { ok: false, message: 'invalid user' };
      uid = n;
    } else {
      uid = pw.uid;
      if (gText === undefined && sep >= 0) gid = pw.gid;
    }
  }
  if (gText !== undefined) {
    const n = parseGroup(gText);
    if (n === undefined) return { ok: false, message: 'invalid group' };
    gid = n;
  }
  return { ok: true, uid, gid };
}

function chownSpec(spec: string): { spec: Spec; warn: boolean } {
  const colon = spec.indexOf(':');
  const first = withSeparator(spec, colon);
  if (first.ok || colon >= 0) return { spec: first, warn: false };
  const dot = spec.indexOf('.');
  if (dot >= 0) {
    const second = withSeparator(spec, dot);
    if (second.ok) return { spec: second, warn: true };
  }
  return { spec: first, warn: false };
}

function changeOne(p: Proc, a: ChownArgs, path: string, noDeref: boolean): boolean {
  const r = p.sys.chown(path, a.uid, a.gid, noDeref ? { nofollow: true } : undefined);
  if (r.ok) return true;
  if (!a.force) p.error(`${a.uid !== -1 ? 'changing ownership of' : 'changing group of'} ${quote(path)}: ${STRERROR[r.errno]}`);
  return false;
}

/** The entries below a directory, children before the directory itself (FTS_DP). */
function walk(p: Proc, a: ChownArgs, dir: string, entries: readonly DirEntry[]): boolean {
  let good = true;
  for (const e of entries) {
    const path = join(dir, e.name);
    const st = p.sys.lstat(path);
    if (!st.ok) {
      if (!a.force) p.error(`cannot access ${quote(path)}: ${STRERROR[st.errno]}`);
      good = false;
      continue;
    }
    if (!visit(p, a, path, st.value)) good = false;
  }
  return good;
}

function visit(p: Proc, a: ChownArgs, path: string, st: Stat): boolean {
  if (st.type === 'dir') {
    const entries = readDirectory(p.sys, path);
    if (!entries.ok) {
      // fts reports it FTS_DNR, and chown leaves it alone.
      if (!a.force) p.error(`cannot read directory ${quote(path)}: ${STRERROR[entries.errno]}`);
      return false;
    }
    const inner = walk(p, a, path, entries.value);
    return changeOne(p, a, path, true) && inner;
  }
  return changeOne(p, a, path, true);
}

function run(p: Proc, a: ChownArgs): number {
  if (a.warning) p.error(a.warning);
  let status = 0;
  for (const f of a.files) {
    const l = p.sys.lstat(f);
    if (!l.ok) {
      if (!a.force) p.error(`cannot access ${quote(f)}: ${STRERROR[l.errno]}`);
      status = 1;
      continue;
    }
    if (a.recursive) {
      if (!visit(p, a, f, l.value)) status = 1;
      continue;
    }
    if (!a.noDeref && l.value.type === 'symlink') {
      const st = p.sys.stat(f);
      if (!st.ok) {
        if (!a.force) p.error(`cannot dereference ${quote(f)}: ${STRERROR[st.errno]}`);
        status = 1;
        continue;
      }
    }
    if (!changeOne(p, a, f, a.noDeref)) status = 1;
  }
  return status;
}

const OPTIONS = [
  { short: 'R', long: 'recursive', key: 'R' },
  { short: 'h', long: 'no-dereference', key: 'h' },
  { short: 'f', long: 'silent', key: 'f' },
  { long: 'quiet', key: 'f' },
];

function parseCommon(name: 'chown' | 'chgrp', args: readonly string[]): Parsed<ChownArgs> {
  const r = getopt(name, args, OPTIONS);
  if (!r.ok) return reject(r.message, r.index);
  const operands = [...r.operands];
  const specOp = operands.shift();
  if (!specOp) return usage(name, 'missing operand');
  if (operands.length === 0) return usage(name, `missing operand after ${quote(specOp.value)}`);
  const abs = rejectAbsolute(name, operands);
  if (abs) return abs;
  let uid = -1;
  let gid = -1;
  let warning: string | undefined;
  if (name === 'chown') {
    const { spec, warn } = chownSpec(specOp.value);
    if (!spec.ok) return { ok: false, kind: 'usage', message: `chown: ${spec.message}: ${quote(specOp.value)}\n`, status: 1 };
    uid = spec.uid;
    gid = spec.gid;
    if (warn) warning = `warning: '.' should be ':': ${quote(specOp.value)}`;
  } else {
    const g = specOp.value === '' ? undefined : parseGroup(specOp.value);
    if (g === undefined) return { ok: false, kind: 'usage', message: `chgrp: invalid group: ${quote(specOp.value)}\n`, status: 1 };
    gid = g;
  }
  return ok({
    uid,
    gid,
    recursive: has(r.opts, 'R'),
    noDeref: has(r.opts, 'h'),
    force: has(r.opts, 'f'),
    files: operands.map((o) => o.value),
    ...(warning ? { warning } : {}),
  });
}

export const chown: CommandDef<ChownArgs> = { name: 'chown', parse: (args) => parseCommon('chown', args), run };
export const chgrp: CommandDef<ChownArgs> = { name: 'chgrp', parse: (args) => parseCommon('chgrp', args), run };
