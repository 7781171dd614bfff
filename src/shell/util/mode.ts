// chmod/mkdir -m modes as GNU reads them (modechange.c): octal, or
// comma-separated symbolic clauses `[ugoa]*([-+=]([rwxXst]*|[ugo]))+`.
// Without a `who`, the umask limits what a clause changes.

interface Action {
  op: '+' | '-' | '=';
  perms: string;
}
interface Clause {
  who: number; // 0: not given
  actions: Action[];
}
export type ModeChange = { kind: 'octal'; value: number; digits: number } | { kind: 'symbolic'; clauses: Clause[] };

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };

export function parseMode(s: string): ModeChange | null {
  if (/^[0-7]+$/.test(s)) {
    const value = parseInt(s, 8);
    return value > 0o7777 ? null : { kind: 'octal', value, digits: s.length };
  }
  const clauses: Clause[] = [];
  for (const part of s.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[ugo]|[rwxXst]*))+)$/.exec(part);
    if (!m) return null;
    let who = 0;
    for (const c of m[1]) who |= WHO[c];
    const actions = [...m[2].matchAll(/([-+=])([ugo]|[rwxXst]*)/g)].map((a) => ({ op: a[1] as Action['op'], perms: a[2] }));
    clauses.push({ who, actions });
  }
  return { kind: 'symbolic', clauses };
}

/** The new permission bits for a file now at `mode`. */
export function applyMode(change: ModeChange, mode: number, isDir: boolean, umask: number): number {
  let m = mode & 0o7777;
  if (change.kind === 'octal') {
    // GNU keeps a directory's set-id bits unless the mode has five digits.
    const keep = isDir && change.digits < 5 ? m & 0o6000 & ~change.value : 0;
    return change.value | keep;
  }
  for (const clause of change.clauses) {
    const affected = clause.who || 0o7777;
    const masked = clause.who ? 0 : umask;
    for (const { op, perms } of clause.actions) {
      let value = 0;
      if (perms === 'u') value = ((m >> 6) & 7) * 0o111;
      else if (perms === 'g') value = ((m >> 3) & 7) * 0o111;
      else if (perms === 'o') value = (m & 7) * 0o111;
      else {
        for (const c of perms) {
          if (c === 'r') value |= 0o444;
          else if (c === 'w') value |= 0o222;
          else if (c === 'x') value |= 0o111;
          else if (c === 'X') value |= isDir || m & 0o111 ? 0o111 : 0;
          else if (c === 's') value |= 0o6000;
          else if (c === 't') value |= 0o1000;
        }
      }
      value &= affected & ~masked;
      if (op === '+') m |= value;
      else if (op === '-') m &= ~value;
      else {
        // `=` clears what it governs; a directory keeps set-id bits not named.
        const preserved = ~affected | (isDir && !perms.includes('s') ? 0o6000 : 0);
        m = (m & preserved) | value;
      }
    }
  }
  return m & 0o7777;
}
