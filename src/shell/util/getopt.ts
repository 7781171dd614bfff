// GNU getopt_long as coreutils uses it: options may follow operands
// (permutation), short options cluster (`-rf`), an option's argument may be
// attached (`-m755`, `--mode=755`) or the next word, and `--` ends the
// options. Long names must be written in full (see below).

export interface OptDef {
  /** Short letter without the dash. */
  short?: string;
  /** Long name without the dashes. */
  long?: string;
  key: string;
  arg?: 'required' | 'optional';
}

export interface OptHit {
  key: string;
  value?: string;
  /** Index of the word (in the argument list) that held the option. */
  index: number;
  /** Index of the word that held its value (the next one when written apart). */
  valueIndex?: number;
}

export interface Operand {
  value: string;
  index: number;
}

export type GetoptResult =
  | { ok: true; opts: OptHit[]; operands: Operand[] }
  | { ok: false; message: string; index: number };

export interface GetoptConfig {
  /** Stop at the first operand (POSIX order, as util-linux's mount does not do; set for echo-like tools). */
  noPermute?: boolean;
}

export function getopt(cmd: string, args: readonly string[], defs: readonly OptDef[], config: GetoptConfig = {}): GetoptResult {
  const opts: OptHit[] = [];
  const operands: Operand[] = [];
  let i = 0;
  let done = false;
  while (i < args.length) {
    const a = args[i];
    if (done || a === '-' || !a.startsWith('-')) {
      operands.push({ value: a, index: i });
      if (config.noPermute) done = true;
      i++;
      continue;
    }
    if (a === '--') {
      done = true;
      i++;
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const def = defs.find((d) => d.long === name);
      if (!def) {
        // The real tool accepts any unique prefix, but unique among *its* options, which we
        // do not all know: an abbreviation could mean something else there.
        const full = defs.find((d) => d.long?.startsWith(name));
        const message = full
          ? `${cmd}: write the option '--${full.long}' in full (abbreviations may mean another option to the real ${cmd})`
          : `${cmd}: option '--${name}' is not supported`;
        return { ok: false, message, index: i };
      }
      if (!def.arg && eq >= 0) {
        return { ok: false, message: `${cmd}: option '--${def.long}' doesn't allow an argument`, index: i };
      }
      if (def.arg === 'required' && eq < 0) {
        if (i + 1 >= args.length) return { ok: false, message: `${cmd}: option '--${def.long}' requires an argument`, index: i };
        opts.push({ key: def.key, value: args[i + 1], index: i, valueIndex: i + 1 });
        i += 2;
        continue;
      }
      opts.push({ key: def.key, value: eq >= 0 ? a.slice(eq + 1) : undefined, index: i, ...(eq >= 0 ? { valueIndex: i } : {}) });
      i++;
      continue;
    }
    // A cluster of short options.
    let j = 1;
    let consumedNext = false;
    while (j < a.length) {
      const letter = a[j];
      const def = defs.find((d) => d.short === letter);
      if (!def) return { ok: false, message: `${cmd}: option '-${letter}' is not supported`, index: i };
      if (def.arg) {
        const rest = a.slice(j + 1);
        if (rest !== '') {
          opts.push({ key: def.key, value: rest, index: i, valueIndex: i });
        } else if (def.arg === 'optional') {
          opts.push({ key: def.key, index: i });
        } else {
          if (i + 1 >= args.length) return { ok: false, message: `${cmd}: option requires an argument -- '${letter}'`, index: i };
          opts.push({ key: def.key, value: args[i + 1], index: i, valueIndex: i + 1 });
          consumedNext = true;
        }
        break;
      }
      opts.push({ key: def.key, index: i });
      j++;
    }
    i += consumedNext ? 2 : 1;
  }
  return { ok: true, opts, operands };
}

export const has = (opts: readonly OptHit[], key: string) => opts.some((o) => o.key === key);
export const last = (opts: readonly OptHit[], key: string) => [...opts].reverse().find((o) => o.key === key);
