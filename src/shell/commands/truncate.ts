// truncate -s SIZE: open(O_WRONLY|O_CREAT|O_NONBLOCK, 0666), fstat when the
// size is relative, then ftruncate. SIZE is [+-<>/%]N[KMGTPEZY][iB|B].
import { O_CREAT, O_NONBLOCK, O_WRONLY } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has, last } from '../util/getopt.ts';
import { quote } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

type Rel = '' | '+' | '-' | '<' | '>' | '/' | '%';
interface Size {
  rel: Rel;
  n: number;
}

export function parseSize(s: string): Size | null {
  const m = /^([-+<>/%]?)\s*([0-9]+)([KMGTPEZY](?:iB|B)?|B|k|kB|kiB)?$/.exec(s);
  if (!m) return null;
  const unit = m[3] ?? '';
  const letter = unit[0]?.toUpperCase() ?? '';
  const power = 'BKMGTPEZY'.indexOf(letter === '' ? 'B' : letter);
  const base = unit.endsWith('B') && !unit.endsWith('iB') && unit.length > 1 ? 1000 : 1024;
  const n = Number(m[2]) * (letter === 'B' || letter === '' ? 1 : base ** power);
  return { rel: m[1] as Rel, n };
}

interface TruncateArgs {
  noCreate: boolean;
  size: Size;
  sizeText: string;
  files: string[];
}

export const truncate: CommandDef<TruncateArgs> = {
  name: 'truncate',
  parse(args) {
    const r = getopt('truncate', args, [
      { short: 's', long: 'size', key: 's', arg: 'required' },
      { short: 'c', long: 'no-create', key: 'c' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('truncate', r.operands);
    if (abs) return abs;
    const s = last(r.opts, 's');
    if (!s) return usage('truncate', "you must specify either '--size' or '--reference'");
    const size = parseSize(s.value!);
    if (!size) return { ok: false, kind: 'usage', message: `truncate: Invalid number: ${quote(s.value!)}\n`, status: 1 };
    if (r.operands.length === 0) return usage('truncate', 'missing file operand');
    return ok({ noCreate: has(r.opts, 'c'), size, sizeText: s.value!, files: r.operands.map((o) => o.value) });
  },
  run(p, { noCreate, size, files }) {
    let status = 0;
    for (const f of files) {
      const fd = p.sys.open(f, O_WRONLY | O_NONBLOCK | (noCreate ? 0 : O_CREAT), 0o666);
      if (!fd.ok) {
        if (noCreate && fd.errno === 'ENOENT') continue;
        p.error(`cannot open ${quote(f)} for writing: ${STRERROR[fd.errno]}`);
        status = 1;
        continue;
      }
      let length = size.n;
      if (size.rel !== '') {
        const st = p.sys.fstat(fd.value);
        if (!st.ok) {
          p.error(`cannot fstat ${quote(f)}: ${STRERROR[st.errno]}`);
          p.sys.close(fd.value);
          status = 1;
          continue;
        }
        const cur = st.value.size;
        const n = size.n;
        length =
          size.rel === '+' ? cur + n
          : size.rel === '-' ? Math.max(0, cur - n)
          : size.rel === '<' ? Math.min(cur, n)
          : size.rel === '>' ? Math.max(cur, n)
          : size.rel === '/' ? Math.floor(cur / n) * n
          : Math.ceil(cur / n) * n;
      }
      const t = p.sys.ftruncate(fd.value, length);
      if (!t.ok) {
        p.error(`failed to truncate ${quote(f)} at ${length} bytes: ${STRERROR[t.errno]}`);
        status = 1;
      }
      p.sys.close(fd.value);
    }
    return status;
  },
};
