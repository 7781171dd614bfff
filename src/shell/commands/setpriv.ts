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
import { lookupGroup, lookupUser, parseId, userEntry } from '../util/users.ts';
import { COMMANDS } from './index.ts';
import { ok, reject, type CommandDef, type Parsed } from './types.ts';

interface SetprivArgs {
  /** The effective ids: what permission checks see. */
  uid?: number;
  gid?: number;
  groups: 'clear' | 'keep' | 'unchanged' | readonly number[];
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
        { long: 'ruid', key: 'ruid', arg: 'required' },
        { long: 'euid', key: 'euid', arg: 'required' },
        { long: 'rgid', key: 'rgid', arg: 'required' },
        { long: 'egid', key: 'egid', arg: 'required' },
        { long: 'clear-groups', key: 'clear' },
        { long: 'keep-groups', key: 'keep' },
        { long: 'init-groups', key: 'init' },
        { long: 'groups', key: 'groups', arg: 'required' },
      ],
      { noPermute: true },
    );
    if (!r.ok) {
      return reject(`${r.message} (the language knows setpriv --reuid --euid --ruid --regid --egid --rgid, --clear-groups --keep-groups --init-groups --groups)`, r.index);
    }
    const [prog, ...rest] = r.operands;
    if (prog) {
      const def = COMMANDS.get(prog.value);
      if (!def) return reject(`\`${prog.value}\` is not a command of the scenario language`, prog.index);
      if (def.builtin) return reject(`setpriv runs programs; \`${prog.value}\` is a shell builtin`, prog.index);
      if (NOT_UNDER_SETPRIV.has(prog.value)) return reject(`\`setpriv ${prog.value}\` is outside the scenario language (it needs root)`, prog.index);
    }
    const clear = r.opts.some((o) => o.key === 'clear');
    const keep = r.opts.some((o) => o.key === 'keep');
    const init = r.opts.some((o) => o.key === 'init');
    const groupsText = value(r.opts, 'groups');
    if ([clear, keep, init, groupsText !== undefined].filter(Boolean).length > 1) {
      return reject('setpriv: choose one of --clear-groups, --keep-groups, --init-groups and --groups');
    }
    const parseUid = (key: string): Parsed<never> | number | undefined => {
      const text = value(r.opts, key);
      if (text === undefined) return undefined;
      const n = lookupUser(text)?.uid ?? parseId(text);
      return n === undefined ? failure(`failed to parse ${key}: ${quote(text)}`) : n;
    };
    const parseGid = (key: string): Parsed<never> | number | undefined => {
      const text = value(r.opts, key);
      if (text === undefined) return undefined;
      const n = lookupGroup(text) ?? parseId(text);
      return n === undefined ? failure(`failed to parse ${key}: ${quote(text)}`) : n;
    };
    const ids: Record<string, number | undefined> = {};
    for (const key of ['ruid', 'euid', 'reuid']) {
      const v = parseUid(key);
      if (typeof v === 'object') return v;
      ids[key] = v;
    }
    for (const key of ['rgid', 'egid', 'regid']) {
      const v = parseGid(key);
      if (typeof v === 'object') return v;
      ids[key] = v;
    }
    // The last of --reuid/--euid sets the effective uid (and so the capabilities); --ruid alone changes neither.
    const uid = ids.reuid ?? ids.euid;
    const gid = ids.regid ?? ids.egid;
    const anyGid = ids.rgid !== undefined || ids.egid !== undefined || ids.regid !== undefined;
    if (anyGid && !clear && !keep && !init && groupsText === undefined) {
      return failure('--[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups');
    }
    let groups: SetprivArgs['groups'] = clear ? 'clear' : keep ? 'keep' : 'unchanged';
    if (init) {
      const real = ids.reuid ?? ids.ruid;
      if (real === undefined) return failure('--init-groups requires --ruid or --reuid');
      const pw = userEntry(real);
      if (!pw) return failure(`uid ${real} not found, --init-groups requires an user that can be found on the system`);
      groups = [pw.gid];
    }
    if (groupsText !== undefined) {
      const list: number[] = [];
      for (const g of groupsText.split(',')) {
        const n = lookupGroup(g) ?? parseId(g);
        if (n === undefined) return failure(`Invalid supplementary group id: ${quote(g)}`);
        list.push(n);
      }
      groups = list;
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
      groups,
      program: prog.value,
      inner: parsed.ok ? { ok: true, args: parsed.args } : { ok: false, message: parsed.message, status: parsed.status },
    });
  },
  run(p, a) {
    const was = p.sys.cred;
    const groups = a.groups === 'clear' ? [] : a.groups === 'keep' || a.groups === 'unchanged' ? was.groups : a.groups;
    const cred: Cred = { uid: a.uid ?? was.uid, gid: a.gid ?? was.gid, groups };
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
