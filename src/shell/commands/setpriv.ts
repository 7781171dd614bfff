// setpriv --reuid=USER --regid=GROUP --clear-groups|--keep-groups PROGRAM
// [ARG...] (util-linux): runs one program as another user. The ids are set
// with setresuid/setresgid and the groups with setgroups; a root process
// that takes a uid other than 0 loses every capability, so the program
// meets the permission checks an ordinary user meets. Only the program runs
// so: the shell's redirections (`setpriv ... cmd > f`) are opened by bash,
// as root, before setpriv starts.
import type { Cred } from '../../engine/api.ts';
import { getopt, type OptHit } from '../util/getopt.ts';
import { quote } from '../util/text.ts';
import { lookupGroup, lookupUser, parseId } from '../util/users.ts';
import { COMMANDS } from './index.ts';
import { ok, reject, type CommandDef, type Parsed } from './types.ts';

interface SetprivArgs {
  uid?: number;
  gid?: number;
  groups: 'clear' | 'keep' | 'unchanged';
  program: string;
  /** The program's own parse of its arguments: they run, or it prints its usage error. */
  inner: { ok: true; args: unknown } | { ok: false; message: string; status: number };
}

/** Shell builtins are not programs setpriv could execute; these need root or change the shell itself. */
const NOT_UNDER_SETPRIV = new Set(['mount', 'umount', 'setpriv']);

const failure = (message: string): Parsed<never> => ({ ok: false, kind: 'usage', message: `setpriv: ${message}\n`, status: 1 });

function value(opts: OptHit[], key: string): string | undefined {
  const hits = opts.filter((o) => o.key === key);
  return hits.length ? hits[hits.length - 1].value : undefined;
}

export const setpriv: CommandDef<SetprivArgs> = {
  name: 'setpriv',
  parse(args) {
    const r = getopt(
      'setpriv',
      args,
      [
        { long: 'reuid', key: 'reuid', arg: 'required' },
        { long: 'regid', key: 'regid', arg: 'required' },
        { long: 'clear-groups', key: 'clear' },
        { long: 'keep-groups', key: 'keep' },
      ],
      { noPermute: true },
    );
    if (!r.ok) return reject(`${r.message} (the language knows setpriv --reuid, --regid, --clear-groups and --keep-groups)`, r.index);
    const [prog, ...rest] = r.operands;
    if (prog) {
      const def = COMMANDS.get(prog.value);
      if (!def) return reject(`\`${prog.value}\` is not a command of the scenario language`, prog.index);
      if (def.builtin) return reject(`setpriv runs programs; \`${prog.value}\` is a shell builtin`, prog.index);
      if (NOT_UNDER_SETPRIV.has(prog.value)) return reject(`\`setpriv ${prog.value}\` is outside the scenario language (it needs root)`, prog.index);
    }
    const clear = r.opts.some((o) => o.key === 'clear');
    const keep = r.opts.some((o) => o.key === 'keep');
    if (clear && keep) return reject('setpriv: choose one of --clear-groups and --keep-groups');
    const uidText = value(r.opts, 'reuid');
    const gidText = value(r.opts, 'regid');
    let uid: number | undefined;
    let gid: number | undefined;
    if (uidText !== undefined) {
      uid = lookupUser(uidText)?.uid ?? parseId(uidText);
      if (uid === undefined) return failure(`failed to parse reuid: ${quote(uidText)}`);
    }
    if (gidText !== undefined) {
      gid = lookupGroup(gidText) ?? parseId(gidText);
      if (gid === undefined) return failure(`failed to parse regid: ${quote(gidText)}`);
      if (!clear && !keep) return failure('--[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups');
    }
    if (!prog) return failure('No program specified');
    const parsed = COMMANDS.get(prog.value)!.parse(rest.map((o) => o.value));
    if (!parsed.ok && parsed.kind === 'reject') {
      const at = parsed.index === undefined ? prog.index : rest[parsed.index]?.index ?? prog.index;
      return reject(parsed.message, at);
    }
    return ok({
      ...(uid !== undefined ? { uid } : {}),
      ...(gid !== undefined ? { gid } : {}),
      groups: clear ? 'clear' : keep ? 'keep' : 'unchanged',
      program: prog.value,
      inner: parsed.ok ? { ok: true, args: parsed.args } : { ok: false, message: parsed.message, status: parsed.status },
    });
  },
  run(p, a) {
    const was = p.sys.cred;
    const cred: Cred = { uid: a.uid ?? was.uid, gid: a.gid ?? was.gid, groups: a.groups === 'clear' ? [] : was.groups };
    const def = COMMANDS.get(a.program)! as CommandDef<unknown>;
    // execvp: the program replaces setpriv, with the same descriptors.
    const child = p.exec(a.program);
    p.sys.setCred(cred);
    try {
      if (!a.inner.ok) {
        child.stderr(a.inner.message);
        return a.inner.status;
      }
      return child.exit(def.run(child, a.inner.args));
    } finally {
      p.sys.setCred(was);
    }
  },
};
