// A Syscalls that logs every call it forwards, for tests that compare a
// command's call sequence with strace of the real tool.
import type { Syscalls } from '../../engine/api.ts';

export interface Call {
  name: string;
  args: unknown[];
  ok: boolean;
  errno?: string;
}

export function recording(sys: Syscalls): { sys: Syscalls; calls: Call[] } {
  const calls: Call[] = [];
  const proxy = new Proxy(sys, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || prop === 'mounts') return v;
      return (...args: unknown[]) => {
        const r = v.apply(target, args);
        const res = r as { ok?: boolean; errno?: string };
        calls.push({ name: String(prop), args, ok: res?.ok !== false, ...(res?.ok === false ? { errno: res.errno } : {}) });
        return r;
      };
    },
  });
  return { sys: proxy, calls };
}

/** Calls as short strings: `open(f, 0o1101, 0o666)`, `unlink(x) ENOENT`. */
export function show(calls: readonly Call[], only?: readonly string[]): string[] {
  return calls
    .filter((c) => !only || only.includes(c.name))
    .map((c) => {
      const args = c.args.map((a) => {
        if (typeof a === 'number') return `0o${a.toString(8)}`;
        if (typeof a === 'object') return JSON.stringify(a);
        const s = String(a);
        return s.length > 24 ? `${JSON.stringify(s.slice(0, 20))}...` : s;
      });
      return `${c.name}(${args.join(', ')})${c.ok ? '' : ` ${c.errno}`}`;
    });
}
