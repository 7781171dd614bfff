import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { rememberingT } from './useTranslation.ts';

function counting() {
  const calls: unknown[][] = [];
  const t = ((...a: unknown[]) => {
    calls.push(a);
    const [key, opts] = a as [string, Record<string, unknown> | undefined];
    return opts && typeof opts === 'object' ? `${key}:${JSON.stringify(opts)}` : `${key}${opts === undefined ? '' : `|${String(opts)}`}`;
  }) as unknown as TFunction;
  return { t, calls };
}

describe('a remembering t', () => {
  it('asks i18next once per key and plain options, and answers the same', () => {
    const { t, calls } = counting();
    const r = rememberingT(t);
    expect(r('layer.lowerN', { n: 1, count: 3 })).toBe('layer.lowerN:{"n":1,"count":3}');
    expect(r('layer.lowerN', { n: 1, count: 3 })).toBe('layer.lowerN:{"n":1,"count":3}');
    expect(r('layer.lowerN', { n: 2, count: 3 })).toBe('layer.lowerN:{"n":2,"count":3}');
    expect(r('grid.title')).toBe('grid.title');
    expect(r('grid.title')).toBe('grid.title');
    expect(calls).toHaveLength(3);
  });

  it('tells a number from the string of it, and a default value from options', () => {
    const { t, calls } = counting();
    const r = rememberingT(t);
    r('k', { n: 1 });
    r('k', { n: '1' });
    r('k', 'fallback');
    r('k');
    expect(calls).toHaveLength(4);
  });

  it('passes through what it cannot key: objects in options, returnObjects, extra arguments', () => {
    const { t, calls } = counting();
    const r = rememberingT(t);
    const call = r as unknown as (...a: unknown[]) => unknown;
    call('k', { list: [1, 2] });
    call('k', { list: [1, 2] });
    call('k', { returnObjects: true });
    call('k', { returnObjects: true });
    call('k', 'default', { n: 1 });
    call('k', 'default', { n: 1 });
    expect(calls).toHaveLength(6);
  });

  it('keeps one memory per t: a new language gives a new t and new answers', () => {
    const a = counting();
    const b = counting();
    rememberingT(a.t)('x');
    rememberingT(a.t)('x');
    rememberingT(b.t)('x');
    expect(a.calls).toHaveLength(1);
    expect(b.calls).toHaveLength(1);
  });
});

describe('one remembering t per t', () => {
  it('is the same function for the same t, so caches keyed by it are shared', () => {
    const { t } = counting();
    expect(rememberingT(t)).toBe(rememberingT(t));
  });
});
