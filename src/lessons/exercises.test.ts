// The generator: deterministic from its seed, within what each level has
// taught (every truth is a mark the grid offers at that level), every
// setup runs, "show me" answers are right and wrong ones are caught, and
// "name the command" offers distinct outcomes with exactly one right.
import { describe, expect, test } from 'vitest';
import { checkExercise, exerciseStart, generateExercise, generateExercises, MAX_LEVEL, revealExercise, TEMPLATES } from './exercises.ts';
import { answerOf } from './predict.ts';
import { createRng } from './prng.ts';

const SEEDS = ['class-a', 'x', '2024-spring'];
const levels = Array.from({ length: MAX_LEVEL }, (_, i) => i + 1);

test('the PRNG is deterministic and spreads', () => {
  const a = createRng('seed');
  const b = createRng('seed');
  const xs = Array.from({ length: 1000 }, () => a.next());
  expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
  expect(createRng('other').next()).not.toBe(xs[0]);
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...xs)).toBeLessThan(1);
  const buckets = new Array(10).fill(0);
  for (const x of xs) buckets[Math.floor(x * 10)]++;
  for (const n of buckets) expect(n).toBeGreaterThan(60);
});

test('the same seed gives the same exercises; another seed gives others', () => {
  const a = generateExercises('class-a', 5, 6);
  expect(generateExercises('class-a', 5, 6)).toEqual(a);
  expect(generateExercises('class-b', 5, 6).map((e) => e.setup)).not.toEqual(a.map((e) => e.setup));
});

test('every template can be drawn, and each stays at or below its lesson', () => {
  const seen = new Map<string, number>();
  for (const seed of SEEDS) for (const level of levels) for (let i = 0; i < 12; i++) {
    const ex = generateExercise(seed, level, i);
    const t = TEMPLATES.find((x) => x.id === ex.template)!;
    expect(t.level).toBeLessThanOrEqual(level);
    seen.set(t.id, (seen.get(t.id) ?? 0) + 1);
  }
  expect(TEMPLATES.filter((t) => !seen.has(t.id)).map((t) => t.id)).toEqual([]);
});

describe.each(levels)('level %i', (level) => {
  const exercises = SEEDS.flatMap((seed) => generateExercises(seed, level, 9));

  test('setups run cleanly and every truth is a mark the grid offers', () => {
    for (const ex of exercises) {
      expect(exerciseStart(ex).commands.filter((c) => c.status !== 0).map((c) => c.cmd), ex.id).toEqual([]);
      const truth = revealExercise(ex);
      for (const path of ex.ask) for (const col of ex.columns) expect(ex.marks[col], `${ex.id} ${ex.template} ${path} ${col}`).toContain(truth.cells[path][col].mark);
    }
  });

  test('predictions: the right marks pass, one wrong mark or a wrong status fails', () => {
    for (const ex of exercises) {
      const right = answerOf(revealExercise(ex));
      expect(checkExercise(ex, { kind: 'predict', value: right }).missing, ex.id).toEqual([]);
      const [path] = ex.ask;
      const col = ex.columns[0];
      const flipped = right.cells[path][col] === 'absent' ? 'file' : 'absent';
      expect(checkExercise(ex, { kind: 'predict', value: { ...right, cells: { ...right.cells, [path]: { ...right.cells[path], [col]: flipped } } } }).met).toBe(false);
      if (ex.askStatus) expect(checkExercise(ex, { kind: 'predict', value: { ...right, ok: !right.ok } }).met).toBe(false);
    }
  });

  test('name the command: the answer is among the choices and the only right one', () => {
    for (const ex of exercises.filter((e) => e.kind === 'name')) {
      expect(ex.prompt.params?.command).toBeUndefined();
      expect(ex.choices).toContain(ex.command);
      const right = ex.choices!.filter((c) => checkExercise(ex, { kind: 'command', command: c }).met);
      expect(right, ex.id).toEqual([ex.command]);
    }
  });
});

test('a typed command is judged by its outcome, not its spelling', () => {
  const ex = generateExercise('typed', 2, 2, 'name');
  expect(checkExercise(ex, { kind: 'command', command: ex.command.replace('merged/', './merged/') }).met).toBe(true);
  const bad = checkExercise(ex, { kind: 'command', command: 'cat $HOME' });
  expect(bad.met).toBe(false);
  expect(bad.missing[0].key).toBe('exercise.name.rejected');
  const wrong = checkExercise(ex, { kind: 'command', command: 'mkdir merged/zzz' });
  expect(wrong.missing.map((m) => m.key)).toContain('exercise.name.differs');
});
