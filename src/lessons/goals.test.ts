// The goal evaluator on small hand-made states: each kind of expectation,
// the messages it returns, questions, predictions, proofs, and progress
// that survives whatever localStorage hands back.
import { describe, expect, test } from 'vitest';
import { replayScenario } from '../replay/timeline.ts';
import { checkGoal, checkProof } from './goals.ts';
import { renderMsg } from './i18n/index.ts';
import { answerOf, revealPredict } from './predict.ts';
import { decodeProgress, emptyProgress, encodeProgress, lessonDone, recordExercise, recordGoal, recordHint, recordShown } from './progress.ts';
import { cleanSeed } from './exercises.ts';
import type { Expect, PredictGoal, StateGoal } from './types.ts';

const t = replayScenario(
  [
    'mkdir lower upper work merged',
    'mkdir -p lower/d lower/keep',
    'echo "x" > lower/d/x',
    'echo "a" > lower/a.txt',
    'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged',
    'rm -rf merged/d',
    'mkdir merged/d',
    'chmod 600 merged/a.txt',
    'cat merged/a.txt',
  ].join('\n'),
);

const state = (expect: Expect[]): StateGoal => ({ kind: 'state', id: 'g', text: 'k', expect });
const keys = (expect: Expect[]) => checkGoal(state(expect), t).missing.map((m) => m.key);

describe('state goals', () => {
  test('kinds: opaque is a dir marked y, dir matches it too, whiteouts and absence', () => {
    expect(keys([{ path: 'upper/d', kind: 'opaque' }, { path: 'upper/d', kind: 'dir' }, { path: 'merged/d/x', kind: 'absent' }, { path: 'lower/d/x', kind: 'present' }])).toEqual([]);
    expect(keys([{ path: 'upper/keep', kind: 'dir' }])).toEqual(['goal.expect.kind']);
    expect(keys([{ path: 'lower/d', kind: 'opaque' }])).toEqual(['goal.expect.kind']);
    expect(keys([{ path: 'lower/a.txt', kind: 'absent' }])).toEqual(['goal.expect.absent']);
  });

  test('content, mode and xattrs: present, absent, exact value', () => {
    expect(keys([{ path: 'upper/a.txt', kind: 'file', content: 'a\n', mode: '0600', xattrs: { 'trusted.overlay.origin': true, 'trusted.overlay.metacopy': false } }])).toEqual([]);
    expect(keys([{ path: 'upper/d', kind: 'dir', xattrs: { 'trusted.overlay.opaque': 'y' } }])).toEqual([]);
    expect(
      keys([
        { path: 'upper/a.txt', kind: 'file', content: 'b\n' },
        { path: 'upper/a.txt', kind: 'file', mode: '0644' },
        { path: 'upper/a.txt', kind: 'file', xattrs: { 'trusted.overlay.origin': false } },
        { path: 'upper/a.txt', kind: 'file', xattrs: { 'trusted.overlay.redirect': true } },
        { path: 'upper/d', kind: 'dir', xattrs: { 'trusted.overlay.opaque': 'x' } },
      ]),
    ).toEqual(['goal.expect.content', 'goal.expect.mode', 'goal.expect.xattr.absent', 'goal.expect.xattr.present', 'goal.expect.xattr.value']);
  });

  test('a message names the path and both kinds, in words', () => {
    const [m] = checkGoal(state([{ path: 'upper/keep', kind: 'whiteout' }]), t).missing;
    expect(renderMsg(m, 'en')).toBe('upper/keep should be a whiteout; now it is nothing.');
  });

  test('an observed kernel-style tree is judged the same way', () => {
    const tree = [{ path: 'upper/d', type: 'dir' as const, mode: '0755', xattrs: { 'trusted.overlay.opaque': 'y' } }];
    expect(checkGoal(state([{ path: 'upper/d', kind: 'opaque' }]), { tree }).met).toBe(true);
    expect(checkGoal(state([{ path: 'upper/d', kind: 'whiteout' }]), { tree }).met).toBe(false);
  });
});

test('proofs check the last command’s status and output', () => {
  expect(checkProof({ run: [], expect: [], status: 0, stdout: 'a\n' }, t).met).toBe(true);
  expect(checkProof({ run: [], expect: [], status: 1 }, t).missing.map((m) => m.key)).toEqual(['goal.expect.status']);
  expect(checkProof({ run: [], expect: [], stdout: 'b\n' }, t).missing.map((m) => m.key)).toEqual(['goal.expect.stdout']);
});

test('questions: unanswered, unknown choice, wrong, right', () => {
  const q = { kind: 'question' as const, id: 'q', text: 'k', choices: [{ id: 'a', text: 'ka' }, { id: 'b', text: 'kb' }], answer: 'b', explain: 'e', proof: { run: [], expect: [] } };
  expect(checkGoal(q, t).missing[0].key).toBe('goal.question.unanswered');
  expect(checkGoal(q, t, { kind: 'choice', id: 'z' }).missing[0].key).toBe('goal.question.unknown');
  expect(checkGoal(q, t, { kind: 'choice', id: 'a' }).missing[0].key).toBe('goal.question.wrong');
  expect(checkGoal(q, t, { kind: 'choice', id: 'b' }).met).toBe(true);
});

describe('predictions', () => {
  const goal: PredictGoal = { kind: 'predict', id: 'p', text: 'k', command: 'rm merged/a.txt', ask: ['a.txt', 'keep'], columns: ['upper', 'merged'], askStatus: true };

  test('the truth comes from running the command; marks and success are both judged', () => {
    const truth = revealPredict(goal, t);
    expect(truth.cells['a.txt']).toEqual({ upper: { mark: 'whiteout' }, merged: { mark: 'absent' } });
    expect(truth.cells.keep.merged).toEqual({ mark: 'dir', from: 'lower', layer: 1 });
    expect(truth.place).toEqual({ mount: 'merged', upper: 'upper', phase: 'mounted' });
    const right = answerOf(truth);
    expect(checkGoal(goal, t, { kind: 'predict', value: right }).met).toBe(true);
    const partial = checkGoal(goal, t, { kind: 'predict', value: { cells: { 'a.txt': { upper: 'whiteout' } } } });
    expect(partial.missing.map((m) => m.key)).toEqual(['goal.predict.unmarked', 'goal.predict.unmarked', 'goal.predict.unmarked', 'goal.predict.status.unmarked']);
    expect(checkGoal(goal, t, { kind: 'predict', value: { ...right, ok: false } }).missing.map((m) => m.key)).toEqual(['goal.predict.status.ok']);
  });

  test('without an answer, or without the engine, a prediction is not met', () => {
    expect(checkGoal(goal, t).missing[0].key).toBe('goal.predict.unanswered');
    expect(checkGoal(goal, { tree: [] }, { kind: 'predict', value: { cells: {} } }).missing[0].key).toBe('goal.predict.needs-engine');
  });

  test('the reveal leaves the timeline it started from untouched', () => {
    const before = t.commands.length;
    revealPredict(goal, t);
    expect(t.commands.length).toBe(before);
  });
});

describe('progress', () => {
  const lesson = { id: 'copy-up', goals: [{ id: 'a' }, { id: 'b' }] };

  test('goals once met stay met; unchanged progress keeps its identity', () => {
    let p = recordGoal(emptyProgress(), 'copy-up', 'a');
    expect(recordGoal(p, 'copy-up', 'a')).toBe(p);
    expect(lessonDone(p, lesson)).toBe(false);
    p = recordGoal(p, 'copy-up', 'b');
    expect(lessonDone(p, lesson)).toBe(true);
    p = recordShown(recordHint(p, 'copy-up', 2), 'copy-up');
    expect(recordHint(p, 'copy-up', 1)).toBe(p);
    expect(p.lessons['copy-up']).toEqual({ met: ['a', 'b'], hints: 2, shown: true });
  });

  test('the first answer to an exercise counts', () => {
    const p = recordExercise(emptyProgress(), 's/3/1', false);
    expect(recordExercise(p, 's/3/1', true).exercises['s/3/1']).toBe(false);
  });

  test('decoding round-trips and drops whatever is malformed', () => {
    const p = recordExercise(recordGoal(emptyProgress(), 'x', 'g'), 'e', true);
    expect(decodeProgress(encodeProgress(p))).toEqual(p);
    for (const bad of [null, '', '{', '[]', '{"v":2}', '"text"']) expect(decodeProgress(bad)).toEqual(emptyProgress());
    const messy = decodeProgress(JSON.stringify({ v: 1, lessons: { a: { met: ['g', 3] }, b: { met: ['g'], hints: -1, shown: 'yes' } }, exercises: { e: 'no', f: true } }));
    expect(messy).toEqual({ v: 1, lessons: { b: { met: ['g'], hints: 0 } }, exercises: { f: true } });
  });
});

test('seeds are cleaned for ids and URLs', () => {
  expect(cleanSeed(' class 7/b ')).toBe('class7b');
  expect(cleanSeed('///')).toBe('overlay');
  expect(cleanSeed('x'.repeat(100))).toHaveLength(40);
});
