// cat: open each operand read-only and write its bytes straight to fd 1
// (cat bypasses stdio, so its output and errors interleave as they happen).
import { O_RDONLY } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt } from '../util/getopt.ts';
import { quotef } from '../util/text.ts';
import { ok, reject, rejectAbsolute, type CommandDef } from './types.ts';

const DEV_NULL = '/dev/null';

export const cat: CommandDef<{ files: string[] }> = {
  name: 'cat',
  parse(args) {
    const r = getopt('cat', args, []);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('cat', r.operands.filter((o) => o.value !== DEV_NULL));
    if (abs) return abs;
    const files = r.operands.map((o) => o.value);
    return ok({ files: files.length ? files : ['-'] });
  },
  run(p, { files }) {
    let status = 0;
    for (const f of files) {
      if (f === DEV_NULL) continue; // outside the workspace, and empty
      if (f === '-') {
        const r = p.readStdin();
        if (r.ok) p.writeNow(r.data);
        else {
          p.error(`-: ${STRERROR[r.errno]}`);
          status = 1;
        }
        continue;
      }
      const fd = p.sys.open(f, O_RDONLY);
      if (!fd.ok) {
        p.error(`${quotef(f)}: ${STRERROR[fd.errno]}`);
        status = 1;
        continue;
      }
      const data = p.sys.read(fd.value);
      if (data.ok) p.writeNow(data.value);
      else {
        p.error(`${quotef(f)}: ${STRERROR[data.errno]}`);
        status = 1;
      }
      p.sys.close(fd.value);
    }
    return status;
  },
};
