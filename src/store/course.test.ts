// The course in the store: a lesson opened at a step, state goals checked
// after every command and kept once met, answers checked by the engine,
// "show me" marked honestly, exercise sets from a seed, and what survives
// a reload (the open course with the session, progress on its own key).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerOf, LESSONS, PROGRESS_KEY, revealLessonPredict } from '../lessons/index.ts';
import { answerGoal, lessonById, openExercise, openLesson, showMe, watchCourse } from './course-actions.ts';
import { createLabStore, persistProgress, persistTo, restoreProgress, restoreSession } from './index.ts';
import { parseCourse } from './persist.ts';

const SEED = { text: readFileSync('scenarios/seed-copy-up-whiteout.sh', 'utf8'), name: 'seed.sh' };
const copyUp = lessonById('copy-up')!;

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}
const asStorage = (m: MemoryStorage) => m as unknown as Storage;

let store = createLabStore();
beforeEach(() => {
  store = createLabStore();
});

/** Lets the asynchronous goal checks and views finish. */
async function flush() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  await store.getState().settled();
}

describe('a lesson in the store', () => {
  it('opens on its setup, or at step n with the earlier steps’ commands run', async () => {
    await openLesson(store, copyUp);
    expect(store.getState().course).toEqual({ kind: 'lesson', id: 'copy-up' });
    expect(store.getState().sideTab).toBe('course');
    const setup = store.getState().commands.length;
    await openLesson(store, copyUp, 3);
    const cmds = store.getState().commands.map((c) => c.cmd);
    expect(cmds.slice(setup)).toEqual([...copyUp.steps[0].commands!, ...copyUp.steps[1].commands!]);
    expect(store.getState().lessonStep).toBe(3);
  });

  it('checks state goals after every command and keeps them once met', async () => {
    await openLesson(store, copyUp);
    watchCourse(store);
    await flush();
    expect(store.getState().results.edited.met).toBe(false);
    await store.getState().runCommand(copyUp.solution[0]);
    await flush();
    expect(store.getState().results.edited.met).toBe(true);
    await store.getState().undo();
    await flush();
    expect(store.getState().results.edited.met).toBe(false);
    expect(store.getState().progress.lessons['copy-up'].met).toEqual(['edited']);
  });

  it('checks answers with the engine: questions and predictions', async () => {
    await openLesson(store, copyUp);
    expect((await answerGoal(store, copyUp, 'touch', { kind: 'choice', id: 'metadata' })).met).toBe(false);
    expect((await answerGoal(store, copyUp, 'touch', { kind: 'choice', id: 'data' })).met).toBe(true);
    const goal = copyUp.goals.find((g) => g.kind === 'predict')!;
    if (goal.kind !== 'predict') throw new Error('no prediction');
    expect((await answerGoal(store, copyUp, goal.id, { kind: 'predict', value: answerOf(revealLessonPredict(copyUp, goal)) })).met).toBe(true);
    expect(store.getState().progress.lessons['copy-up'].met.sort()).toEqual(['predict-append', 'touch']);
  });

  it('"show me" plays the solution from where the setup ends, and says it was shown', async () => {
    await openLesson(store, copyUp);
    const setupEnd = store.getState().total;
    await showMe(store, copyUp);
    const s = store.getState();
    expect(s.position).toBe(setupEnd);
    expect(s.playing).toBe(true);
    expect(s.commands.at(-1)!.cmd).toBe(copyUp.solution.at(-1));
    expect(s.progress.lessons['copy-up'].shown).toBe(true);
  });
});

describe('exercises in the store', () => {
  it('opens exercise n of a seeded set on its "before" state', async () => {
    const ex = await openExercise(store, 'class 1!', 3, 2);
    expect(store.getState().course).toEqual({ kind: 'exercises', seed: 'class1', level: 3, index: 2 });
    expect(ex.id).toBe('class1/3/2');
    expect(store.getState().commands.length).toBeGreaterThan(0);
  });
});

describe('what survives a reload', () => {
  it('the open course with the session, progress under its own key', async () => {
    const storage = new MemoryStorage();
    const stop = persistTo(store, asStorage(storage), 0);
    const stopProgress = persistProgress(store, asStorage(storage));
    await openLesson(store, LESSONS[2], 2);
    await answerGoal(store, LESSONS[2], 'bytes', { kind: 'choice', id: 'lower' });
    await flush();
    stop();
    stopProgress();
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).lessons.whiteouts.met).toEqual(['bytes']);
    const again = createLabStore();
    await restoreSession(again, asStorage(storage), SEED);
    restoreProgress(again, asStorage(storage));
    expect(again.getState()).toMatchObject({ course: { kind: 'lesson', id: 'whiteouts' }, lessonStep: 2, sideTab: 'course' });
    expect(again.getState().progress.lessons.whiteouts.met).toEqual(['bytes']);
  });

  it('never trusts a saved course', () => {
    expect(parseCourse({ kind: 'lesson', id: '../x' })).toBeNull();
    expect(parseCourse({ kind: 'exercises', seed: 's', level: 3, index: -1 })).toBeNull();
    expect(parseCourse({ kind: 'exercises', seed: 's', level: 3, index: 1 })).toEqual({ kind: 'exercises', seed: 's', level: 3, index: 1 });
    expect(parseCourse('lesson')).toBeNull();
    // A lesson on an image keeps the image's layer count at its start (what a commit adds to), when it is a count.
    expect(parseCourse({ kind: 'lesson', id: 'your-image', imageLayers: 4 })).toEqual({ kind: 'lesson', id: 'your-image', imageLayers: 4 });
    expect(parseCourse({ kind: 'lesson', id: 'your-image', imageLayers: -1 })).toEqual({ kind: 'lesson', id: 'your-image' });
    expect(parseCourse({ kind: 'lesson', id: 'your-image', imageLayers: '4' })).toEqual({ kind: 'lesson', id: 'your-image' });
  });
});
