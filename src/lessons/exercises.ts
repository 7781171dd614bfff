// "Predict, then reveal" exercises generated from a seed: a small random
// layer setup and a command drawn from what the lessons up to `level` have
// taught. The same (seed, level, index) gives the same exercise anywhere,
// so a teacher can hand a class one URL and everyone gets fresh exercises
// that are the same for all. Every answer comes from running the command
// on the engine; tools/lessons-kernel.test.ts runs samples on Linux.
import { ScriptRejected } from '../scenario/run.ts';
import { appendCommand, checkCommand, replayScenario, type Timeline } from '../replay/timeline.ts';
import { SetupBuilder } from './exercise/builder.ts';
import { distractorPool, outcomeDiff, outcomeOf } from './exercise/outcome.ts';
import type { Template } from './exercise/template.ts';
import { ADVANCED } from './exercise/templates-advanced.ts';
import { BASIC } from './exercise/templates-basic.ts';
import { createRng, type Rng } from './prng.ts';
import { checkPrediction, revealPredict, type PredictTruth } from './predict.ts';
import type { Column, GoalResult, Mark, Msg, PredictAnswer } from './types.ts';

export type ExerciseKind = 'predict' | 'name';

export interface Exercise {
  /** `${seed}/${level}/${index}`: stable, fit for progress and URLs. */
  id: string;
  seed: string;
  level: number;
  index: number;
  kind: ExerciseKind;
  /** The template it was drawn from (its explanation: exercise.explain.<template>). */
  template: string;
  /** The scenario that builds and mounts the layers (the "before" state). */
  setup: string;
  /** The command: shown in predict exercises, the answer in name exercises. */
  command: string;
  ask: string[];
  columns: Column[];
  askStatus: boolean;
  /** The marks the grid offers per column. */
  marks: Record<Column, Mark[]>;
  /** Mount point (workspace path) the grid looks through. */
  mount: string;
  prompt: Msg;
  explain: Msg;
  /** Name exercises: the right command and wrong ones with a different outcome, shuffled. */
  choices?: string[];
}

export type ExerciseAnswer = { kind: 'predict'; value: PredictAnswer } | { kind: 'command'; command: string };

export const TEMPLATES: readonly Template[] = [...BASIC, ...ADVANCED];

/** A seed fit for a URL and an exercise id: letters, digits, `-` and `_`, at most 40; "overlay" when nothing is left. */
export function cleanSeed(raw: string): string {
  const s = raw.replace(/[^\w-]/g, '').slice(0, 40);
  return s === '' ? 'overlay' : s;
}

export const MAX_LEVEL = 9;

/** Upper-cell marks a learner knows by lesson `level` (merged cells: absent, file, dir). */
export function marksFor(level: number): Record<Column, Mark[]> {
  const upper: Mark[] = ['absent', 'file', 'dir'];
  if (level >= 3) upper.push('whiteout');
  if (level >= 4) upper.push('opaque');
  if (level >= 6) upper.push('redirect');
  if (level >= 7) upper.push('metacopy');
  return { upper, merged: ['absent', 'file', 'dir'] };
}

function pickTemplate(rng: Rng, level: number, kind: ExerciseKind): Template | undefined {
  const pool = TEMPLATES.filter((t) => t.level <= level && (kind === 'predict' || !t.noChange));
  const current = pool.filter((t) => t.level === level);
  // Mostly this lesson's material, sometimes a review of earlier ones.
  if (current.length > 0 && rng.chance(0.6)) return rng.pick(current);
  return pool.length > 0 ? rng.pick(pool) : undefined;
}

const setups = new WeakMap<Exercise, Timeline>();
const truths = new WeakMap<Exercise, PredictTruth>();

/** The "before" state: the setup replayed. */
export function exerciseStart(ex: Exercise): Timeline {
  let t = setups.get(ex);
  if (!t) setups.set(ex, (t = replayScenario(ex.setup)));
  return t;
}

/** The engine's answer, with the timeline whose last command reveals it step by step. */
export function revealExercise(ex: Exercise): PredictTruth {
  let t = truths.get(ex);
  if (!t) truths.set(ex, (t = revealPredict(ex, exerciseStart(ex))));
  return t;
}

function chooseDistractors(rng: Rng, ex: Exercise, target: { kind: 'file' | 'dir'; path: string }): string[] {
  const start = exerciseStart(ex);
  const truth = outcomeOf(revealExercise(ex).after);
  const seen = [truth];
  const out: string[] = [];
  for (const cmd of rng.shuffle(distractorPool(target))) {
    if (out.length === 3) break;
    if (cmd === ex.command) continue;
    const o = outcomeOf(appendCommand(start, cmd, start.commands.length + 1));
    if (seen.some((s) => outcomeDiff(s, o).length === 0)) continue;
    seen.push(o);
    out.push(cmd);
  }
  return out;
}

/**
 * Exercise `index` of the set for (seed, level). The seed is cleaned
 * (cleanSeed) so it fits the id and a URL. `kind` defaults to every third
 * one being "name the command" (from lesson 2 on).
 */
export function generateExercise(rawSeed: string, level: number, index: number, kind?: ExerciseKind): Exercise {
  const seed = cleanSeed(rawSeed);
  const lv = Math.max(1, Math.min(MAX_LEVEL, Math.floor(level)));
  let k: ExerciseKind = kind ?? (index % 3 === 2 && lv > 1 ? 'name' : 'predict');
  for (let attempt = 0; attempt < 20; attempt++) {
    const rng = createRng(`${seed}/${lv}/${index}/${attempt}`);
    const t = pickTemplate(rng, lv, k);
    if (!t) {
      k = 'predict';
      continue;
    }
    const b = new SetupBuilder(t.layout);
    b.options.push(...(t.options ?? []));
    const built = t.build(b, rng);
    const noise = b.noise(rng, 1 + rng.int(2));
    const columns: Column[] = b.upper ? ['upper', 'merged'] : ['merged'];
    const ex: Exercise = {
      id: `${seed}/${lv}/${index}`,
      seed,
      level: lv,
      index,
      kind: k,
      template: t.id,
      setup: b.script(),
      command: built.command,
      ask: [...new Set([...built.ask, rng.pick(noise)])].sort(),
      columns,
      askStatus: Boolean(t.mayFail) || !b.upper,
      marks: marksFor(lv),
      mount: 'merged',
      // A name exercise's prompt must not carry the answer.
      prompt: k === 'name' ? { key: 'exercise.prompt.name' } : { key: b.upper ? 'exercise.prompt.predict' : 'exercise.prompt.predict-ro', params: { command: built.command } },
      explain: { key: `exercise.explain.${t.id}`, params: { command: built.command, target: built.target.path } },
    };
    if (k === 'name') {
      const wrong = chooseDistractors(rng, ex, built.target);
      if (wrong.length < 2) continue;
      ex.choices = rng.shuffle([ex.command, ...wrong]);
    }
    return ex;
  }
  throw new Error(`no exercise for seed ${seed}, level ${lv}, index ${index}`);
}

export function generateExercises(seed: string, level: number, count: number): Exercise[] {
  return Array.from({ length: count }, (_, i) => generateExercise(seed, level, i));
}

/** Checks a prediction (marks, and success when asked) or a named command (same outcome as the hidden one). */
export function checkExercise(ex: Exercise, answer: ExerciseAnswer): GoalResult {
  if (answer.kind === 'predict') return checkPrediction(ex, revealExercise(ex), answer.value);
  const typed = answer.command.trim();
  try {
    checkCommand(typed);
  } catch (e) {
    if (e instanceof ScriptRejected) return { met: false, missing: [{ key: 'exercise.name.rejected', params: { detail: e.message } }] };
    throw e;
  }
  const start = exerciseStart(ex);
  const diff = outcomeDiff(outcomeOf(revealExercise(ex).after), outcomeOf(appendCommand(start, typed, start.commands.length + 1)));
  if (diff.length === 0) return { met: true, missing: [] };
  return { met: false, missing: [{ key: 'exercise.name.wrong', params: { count: diff.length } }, ...diff.slice(0, 3).map((path) => ({ key: 'exercise.name.differs', params: { path } }))] };
}
