// The picker's corpus in both languages: every group has a heading in each,
// every entry a Chinese title, and the fuzzer's regressions are kept apart.
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { CORPUS, isInternal } from './corpus.ts';

describe('the scenario corpus', () => {
  it('has a picker heading for every group, in English and in Chinese', () => {
    const groups = [...new Set(CORPUS.filter((e) => !e.internal).map((e) => e.group))];
    expect(groups.length).toBeGreaterThan(10);
    expect(groups.filter((g) => !(`picker.group.${g}` in en))).toEqual([]);
    expect(groups.filter((g) => !/\p{Script=Han}|^[A-Za-z ]+$/u.test((zh as Record<string, string>)[`picker.group.${g}`] ?? ''))).toEqual([]);
  });

  it('gives every entry its Chinese title and description', () => {
    expect(CORPUS.filter((e) => !/\p{Script=Han}/u.test(e.titleZh) || !/\p{Script=Han}/u.test(e.descriptionZh)).map((e) => e.file)).toEqual([]);
  });

  it('marks the fuzzer regressions internal, and nothing else', () => {
    const internal = CORPUS.filter((e) => e.internal).map((e) => e.file);
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((f) => f.startsWith('fuzz-'))).toBe(true);
    expect(isInternal('copy-up-touch.sh')).toBe(false);
  });
});
