// getfattr [-n NAME | -d] [-m PATTERN] [-e ENC] [-h] [--absolute-names]
// [--only-values] FILE...: lstat each operand, then getxattr (or listxattr
// and getxattr for each name matching PATTERN, sorted), following symlinks
// unless -h. Output is attr's: `# file: F`, `name=value` lines, a blank line.
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has, last } from '../util/getopt.ts';
import { toBytes } from '../util/text.ts';
import { autoEncoding, encodeValue, type Encoding } from '../util/xattr-codec.ts';
import { attrError } from './setfattr.ts';
import { ok, reject, rejectAbsolute, type CommandDef } from './types.ts';

interface GetfattrArgs {
  name: string | null;
  pattern: RegExp;
  encoding: Encoding | null;
  nofollow: boolean;
  onlyValues: boolean;
  files: string[];
}

const USAGE = "Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...\nTry `getfattr --help' for more information.\n";

export const getfattr: CommandDef<GetfattrArgs> = {
  name: 'getfattr',
  parse(args) {
    const r = getopt('getfattr', args, [
      { short: 'n', long: 'name', key: 'n', arg: 'required' },
      { short: 'd', long: 'dump', key: 'd' },
      { short: 'm', long: 'match', key: 'm', arg: 'required' },
      { short: 'e', long: 'encoding', key: 'e', arg: 'required' },
      { short: 'h', long: 'no-dereference', key: 'h' },
      { long: 'absolute-names', key: 'absolute' },
      { long: 'only-values', key: 'only' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('getfattr', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return { ok: false, kind: 'usage', message: USAGE, status: 2 };
    const e = last(r.opts, 'e');
    if (e && !['text', 'hex', 'base64'].includes(e.value!)) {
      return { ok: false, kind: 'usage', message: `getfattr: unrecognized encoding \`${e.value}'\n${USAGE}`, status: 2 };
    }
    const m = last(r.opts, 'm');
    let pattern = /^user\./;
    if (m) {
      const src = m.value === '-' ? '' : m.value!;
      try {
        pattern = new RegExp(src);
      } catch {
        return reject(`getfattr: the pattern '${src}' is not a regular expression this simulator understands`, m.valueIndex);
      }
    }
    return ok({
      name: last(r.opts, 'n')?.value ?? null,
      pattern,
      encoding: (e?.value as Encoding | undefined) ?? null,
      nofollow: has(r.opts, 'h'),
      onlyValues: has(r.opts, 'only'),
      files: r.operands.map((o) => o.value),
    });
  },
  run(p, a) {
    let status = 0;
    const opts = { nofollow: a.nofollow };
    for (const f of a.files) {
      const st = p.sys.lstat(f);
      if (!st.ok) {
        p.error(`${f}: ${STRERROR[st.errno]}`);
        status = 1;
        continue;
      }
      let names: string[];
      if (a.name !== null) names = [a.name];
      else {
        const list = p.sys.listxattr(f, opts);
        if (!list.ok) {
          p.error(`${f}: ${STRERROR[list.errno]}`);
          status = 1;
          continue;
        }
        names = list.value.filter((n) => a.pattern.test(n)).sort();
      }
      let block = '';
      for (const name of names) {
        const v = p.sys.getxattr(f, name, opts);
        if (!v.ok) {
          p.stderr(`${f}: ${name}: ${attrError(v.errno)}\n`);
          status = 1;
          continue;
        }
        if (a.onlyValues) {
          block += v.value;
          continue;
        }
        block += `${toBytes(name)}=${encodeValue(v.value, a.encoding ?? autoEncoding(v.value))}\n`;
      }
      if (block === '') continue;
      p.printBytes(a.onlyValues ? block : `${toBytes(`# file: ${f}\n`)}${block}\n`);
    }
    return status;
  },
};
