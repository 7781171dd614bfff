// react-i18next's useTranslation with a `t` that remembers its answers. One
// step redraws the stack, the grid's heads and rows, the caption and the
// timeline, and each asks for the same few dozen strings again: i18next's
// `t` copies its whole options object and resolves plurals (Intl) on every
// call, a few milliseconds a step on the 100,000-entry stack. The texts
// only change when the language or the loaded resources do, and then
// react-i18next hands out a new `t`, which starts a new memory.
import type { TFunction } from 'i18next';
import { useTranslation as useI18nTranslation } from 'react-i18next';

/** Answers kept per `t`, at most this many (then forgotten at once: a language has a few hundred strings). */
const LIMIT = 4000;

/** One remembering t per i18next t: every component of a language shares its memory (and its identity, for caches keyed by t). */
const wrappers = new WeakMap<TFunction, TFunction>();

/** A plain key for the options, or null when they hold anything but strings, numbers, booleans and null. */
function optionsKey(opts: unknown): string | null {
  if (opts === undefined) return '';
  if (typeof opts === 'string') return `\u0002${opts}`;
  if (typeof opts !== 'object' || opts === null) return null;
  let key = '';
  for (const [k, v] of Object.entries(opts)) {
    if (v === undefined) continue;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
    if (k === 'returnObjects') return null;
    key += `\u0001${k}\u0000${typeof v === 'string' ? 's' : 'v'}${String(v)}`;
  }
  return key;
}

/** `t`, remembering what it said for each key and plain options (the same function for the same `t`). */
export function rememberingT(t: TFunction): TFunction {
  const made = wrappers.get(t);
  if (made) return made;
  const known = new Map<string, unknown>();
  const call = t as unknown as (...a: unknown[]) => unknown;
  const remembering = ((key: unknown, opts?: unknown, ...rest: unknown[]) => {
    const o = rest.length === 0 ? optionsKey(opts) : null;
    if (o === null || (typeof key !== 'string' && !Array.isArray(key))) return call(key, opts, ...rest);
    const k = `${Array.isArray(key) ? key.join('\u0003') : key}${o}`;
    if (known.has(k)) return known.get(k);
    const said = call(key, opts);
    if (known.size >= LIMIT) known.clear();
    known.set(k, said);
    return said;
  }) as unknown as TFunction;
  wrappers.set(t, remembering);
  return remembering;
}

/** As react-i18next's, with a remembering `t`. */
export function useTranslation(ns?: string) {
  const r = useI18nTranslation(ns);
  const t = rememberingT(r.t as TFunction);
  return { ...r, t: t as typeof r.t };
}
