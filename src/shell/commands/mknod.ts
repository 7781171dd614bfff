// mknod NAME TYPE [MAJOR MINOR]: one mknodat with mode 0666 (the umask
// applies). `mknod NAME c 0 0` is how a whiteout is made by hand.
import { STRERROR } from '../../engine/errno.ts';
import { getopt } from '../util/getopt.ts';
import { quote, quotef } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

interface MknodArgs {
  name: string;
  type: 'chardev' | 'blockdev' | 'fifo';
  major: number;
  minor: number;
}

const TYPES: Record<string, MknodArgs['type']> = { b: 'blockdev', c: 'chardev', u: 'chardev', p: 'fifo' };

function devNumber(s: string): number | null {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return null;
  return Number(s.startsWith('0x') || s.startsWith('0X') ? parseInt(s, 16) : s.length > 1 && s[0] === '0' ? parseInt(s, 8) : parseInt(s, 10));
}

export const mknod: CommandDef<MknodArgs> = {
  name: 'mknod',
  parse(args) {
    const r = getopt('mknod', args, []);
    if (!r.ok) return reject(r.message, r.index);
    const ops = r.operands.map((o) => o.value);
    const abs = rejectAbsolute('mknod', r.operands.slice(0, 1));
    if (abs) return abs;
    if (ops.length === 0) return usage('mknod', 'missing operand');
    if (ops.length === 1) return usage('mknod', `missing operand after ${quote(ops[0])}`);
    const type = TYPES[ops[1]];
    if (type === 'fifo') {
      if (ops.length > 2) return usage('mknod', `extra operand ${quote(ops[2])}\nFifos do not have major and minor device numbers.`);
      return ok({ name: ops[0], type, major: 0, minor: 0 });
    }
    if (ops.length < 4) {
      return usage('mknod', `missing operand after ${quote(ops[ops.length - 1])}\nSpecial files require major and minor device numbers.`);
    }
    if (ops.length > 4) return usage('mknod', `extra operand ${quote(ops[4])}`);
    if (!type) return usage('mknod', `invalid device type ${quote(ops[1])}`);
    const major = devNumber(ops[2]);
    if (major === null) return usage('mknod', `invalid major device number ${quote(ops[2])}`);
    const minor = devNumber(ops[3]);
    if (minor === null) return usage('mknod', `invalid minor device number ${quote(ops[3])}`);
    return ok({ name: ops[0], type, major, minor });
  },
  run(p, { name, type, major, minor }) {
    const r = p.sys.mknod(name, type, 0o666, major, minor);
    if (r.ok) return 0;
    p.error(`${quotef(name)}: ${STRERROR[r.errno]}`);
    return 1;
  },
};
