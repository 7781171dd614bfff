// Dumps a real directory tree as an overlay-trace/1 `tree`, the way lstat sees
// it: layers as stored on disk, mount points as seen through the overlay.
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { spawnSync } from 'node:child_process';
import {
  bytesToTraceText,
  compareBytes,
  normalizeWorkPath,
  xattrValueToTraceText,
  type TraceEntry,
  type TraceEntryType,
} from '../../src/scenario/trace.ts';

/** Files larger than this are not read into the trace (a scenario limit, not the kernel's). */
export const MAX_TRACE_FILE_BYTES = 16 << 20;

function entryType(st: Stats): TraceEntryType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice()) return st.rdev === 0 ? 'whiteout' : 'chardev';
  if (st.isFIFO()) return 'fifo';
  return 'other';
}

export function walkTree(root: string, workdirs: readonly string[]): TraceEntry[] {
  const entries: TraceEntry[] = [];
  const absByRel = new Map<string, string>();
  const visit = (abs: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of names) {
      const childAbs = `${abs}/${name}`;
      const childRel = rel === '' ? name : `${rel}/${name}`;
      let st: Stats;
      try {
        st = lstatSync(childAbs);
      } catch {
        entries.push({ path: childRel, type: 'unresolvable' });
        continue;
      }
      const type = entryType(st);
      const e: TraceEntry = { path: childRel, type };
      if (type !== 'whiteout' && type !== 'symlink') {
        e.mode = (st.mode & 0o7777).toString(8).padStart(4, '0');
      }
      if (type === 'file') {
        e.content = st.size > MAX_TRACE_FILE_BYTES ? '<binary>' : bytesToTraceText(readFileSync(childAbs));
      } else if (type === 'symlink') {
        e.target = readlinkSync(childAbs);
      }
      entries.push(e);
      absByRel.set(childRel, childAbs);
      if (type === 'dir') visit(childAbs, childRel);
    }
  };
  visit(root, '');
  const xattrs = readXattrs([...absByRel.values()]);
  for (const e of entries) {
    const abs = absByRel.get(e.path);
    const xs = abs === undefined ? undefined : xattrs.get(abs);
    if (xs && Object.keys(xs).length > 0) e.xattrs = xs;
    e.path = normalizeIndexName(normalizeWorkPath(e.path, workdirs), workdirs);
  }
  // Several entries can share a normalized path (two `#N` in work/work, two
  // `<fh>` in work/index); order those by content so that two runs agree.
  return entries.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(JSON.stringify(a), JSON.stringify(b)));
}

/**
 * The kernel names an index entry by the hex digits of the lower file handle,
 * with no `0x` prefix (e.g. `00fb1d0001...`, see ovl_get_index_name() in
 * fs/overlayfs/namei.c). normalizeWorkPath() only recognizes `0x...`, so the
 * real names are mapped to `<fh>` here.
 */
function normalizeIndexName(path: string, workdirs: readonly string[]): string {
  for (const w of workdirs) {
    const prefix = w === '' ? 'index/' : `${w}/index/`;
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    if (/^(?:0x)?[0-9a-f]{8,}$/.test(rest[0])) rest[0] = '<fh>';
    return prefix + rest.join('/');
  }
  return path;
}

/** getfattr writes `\`, newline and CR in file names as `\ooo`. */
function unquoteGetfattr(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

function readXattrs(paths: string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const CHUNK = 500;
  for (let i = 0; i < paths.length; i += CHUNK) {
    const chunk = paths.slice(i, i + CHUNK);
    const r = spawnSync('getfattr', ['-h', '-d', '-m', '-', '-e', 'hex', '--absolute-names', '--', ...chunk], {
      encoding: 'latin1',
      maxBuffer: 256 << 20,
    });
    if (r.error) throw new Error(`getfattr could not run (${r.error.message}); install the attr package`);
    let current: Record<string, string> | undefined;
    for (const line of r.stdout.split('\n')) {
      if (line.startsWith('# file: ')) {
        // getfattr prints names as raw bytes; latin1 kept them byte for byte.
        const name = Buffer.from(unquoteGetfattr(line.slice(8)), 'latin1').toString('utf8');
        current = {};
        out.set(name, current);
        continue;
      }
      const m = /^([^=]+)=0x([0-9a-f]*)$/.exec(line) ?? /^([^=]+)$/.exec(line);
      if (!current || !m) continue;
      const name = m[1];
      if (name.startsWith('security.')) continue;
      current[name] = xattrValueToTraceText(Buffer.from(m[2] ?? '', 'hex'));
    }
  }
  for (const [k, v] of out) out.set(k, Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))));
  return out;
}
