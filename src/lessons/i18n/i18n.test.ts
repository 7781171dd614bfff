// Both languages say everything: the same keys, nothing empty, the same
// {{params}}, and the same `code` spans, so commands, paths and xattr
// names are never translated by accident. Every key the lessons, the goal
// checks and the exercise generator can produce exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ProbeOutcome } from '../../engine/events.ts';
import { EN_CAPTIONS } from '../../replay/captions.ts';
import { LESSONS } from '../data/index.ts';
import { TEMPLATES } from '../exercises.ts';
import { ALL_MARKS } from '../predict.ts';
import { LANGS, type ExpectKind } from '../types.ts';
import { CAPTIONS, LESSON_TEXT, paramsOf, PROBES, renderMsg } from './index.ts';

const codeSpans = (s: string) => [...s.matchAll(/`([^`]*)`/g)].map((m) => m[1]).sort();

function sameShape(name: string, en: Record<string, string>, other: Record<string, string>) {
  test(`${name}: the same keys, none empty`, () => {
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries({ ...en, ...other })) expect(v.trim(), k).not.toBe('');
  });
  test(`${name}: every {{param}} of the English is in the translation, and no other`, () => {
    for (const k of Object.keys(en)) expect(new Set(paramsOf(other[k] ?? '')), k).toEqual(new Set(paramsOf(en[k])));
  });
}

/** Keys a lesson's data points at. */
function lessonKeys(): string[] {
  return LESSONS.flatMap((l) => [
    l.title,
    l.intro,
    ...l.steps.map((s) => s.text),
    ...l.hints,
    ...l.notes,
    ...l.goals.flatMap((g) => (g.kind === 'question' ? [g.text, g.explain, ...g.choices.map((c) => c.text)] : [g.text])),
  ]);
}

/** Message keys written literally in the module sources (goal checks, exercise checks). */
function literalKeys(): string[] {
  const dirs = ['src/lessons', 'src/lessons/exercise'];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(d, f)));
  return files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/key: '([a-z][\w.-]*)'/g)].map((m) => m[1]));
}

describe('lesson text', () => {
  sameShape('en / zh-CN', LESSON_TEXT.en, LESSON_TEXT['zh-CN']);

  test('inline code is the same in both languages (commands and paths stay as typed)', () => {
    const differ = Object.keys(LESSON_TEXT.en).filter((k) => JSON.stringify(codeSpans(LESSON_TEXT['zh-CN'][k] ?? '')) !== JSON.stringify(codeSpans(LESSON_TEXT.en[k])));
    expect(differ.map((k) => `${k}: ${codeSpans(LESSON_TEXT.en[k]).join(' | ')} // ${codeSpans(LESSON_TEXT['zh-CN'][k]).join(' | ')}`)).toEqual([]);
  });

  test('every key the lessons use exists, and every lesson key is used', () => {
    const used = new Set(lessonKeys());
    for (const lang of LANGS) expect([...used].filter((k) => !(k in LESSON_TEXT[lang])), lang).toEqual([]);
    const defined = Object.keys(LESSON_TEXT.en).filter((k) => k.startsWith('lesson.'));
    expect(defined.filter((k) => !used.has(k))).toEqual([]);
  });

  test('every message key the checks and the generator produce exists', () => {
    const kinds: Record<ExpectKind | 'unresolvable' | 'other', true> = { file: true, dir: true, opaque: true, symlink: true, whiteout: true, chardev: true, fifo: true, present: true, absent: true, unresolvable: true, other: true };
    const want = [
      ...literalKeys(),
      ...Object.keys(kinds).map((k) => `kind.${k}`),
      ...ALL_MARKS.map((m) => `kind.${m}`),
      ...['upper', 'merged'].map((c) => `column.${c}`),
      ...['state', 'question', 'predict', 'image'].map((g) => `goal.kind.${g}`),
      ...TEMPLATES.map((t) => `exercise.explain.${t.id}`),
    ];
    expect(literalKeys().length).toBeGreaterThan(20);
    for (const lang of LANGS) expect([...new Set(want)].filter((k) => !(k in LESSON_TEXT[lang])), lang).toEqual([]);
  });

  test('messages render with nested messages, in both languages', () => {
    const msg = { key: 'goal.expect.kind', params: { path: 'upper/a', want: { key: 'kind.whiteout' }, got: { key: 'kind.file' } } };
    expect(renderMsg(msg, 'en')).toBe('upper/a should be a whiteout; now it is a file.');
    expect(renderMsg(msg, 'zh-CN')).toBe('upper/a 应当是whiteout，现在它是普通文件。');
  });
});

describe('micro-step captions', () => {
  sameShape('EN_CAPTIONS / zh-CN', EN_CAPTIONS, CAPTIONS['zh-CN']);

  test('lookup probes: every outcome the engine reports is spelled out', () => {
    const outcomes: Record<ProbeOutcome, true> = { absent: true, whiteout: true, file: true, metacopy: true, dir: true, 'opaque-dir': true, redirect: true, 'skipped-nondir': true, 'not-consulted': true };
    const zh = PROBES['zh-CN']!;
    expect(Object.keys(zh).sort()).toEqual(['probe.inline', ...Object.keys(outcomes).map((o) => `outcome.${o}`)].sort());
    expect(paramsOf(zh['probe.inline']).sort()).toEqual(['outcome', 'path']);
    expect(paramsOf(zh['outcome.redirect'])).toEqual(['redirect']);
  });
});
