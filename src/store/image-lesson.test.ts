// Lesson 10 in the store: opened with no image, it keeps the session and
// says its goal needs one; the example image opens from it (the lesson
// stays in view), a deletion typed in the container meets the goal, bound
// to that container's upper; "Show me" and the proofs run in a fresh
// container on the image; a link to a later step opens the example with
// the earlier steps' commands typed.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerGoal, lessonById, openExampleImage, openLesson, playProof, showMe, watchCourse } from './course-actions.ts';
import { EXAMPLE_IMAGE_NAME, EXAMPLE_IMAGE_URL, setExampleImageLoader } from './example-image.ts';
import { createLabStore } from './index.ts';
import type { QuestionGoal } from '../lessons/index.ts';

const lesson = lessonById('your-image')!;
setExampleImageLoader(async () => new Blob([readFileSync('fixtures/images/ks-oci-zstd.tar')]));

let store = createLabStore();
beforeEach(() => {
  store = createLabStore();
});

async function flush() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  await store.getState().settled();
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('lesson 10 in the store', () => {
  it('ships the smallest image fixture as its example', () => {
    expect(EXAMPLE_IMAGE_URL).toMatch(/ks-oci-zstd\.tar$/);
  });

  it('opens over the session as it is when no image is open; its goal asks for one', async () => {
    await store.getState().runCommand('mkdir kept');
    await openLesson(store, lesson);
    await flush();
    expect(store.getState().course).toEqual({ kind: 'lesson', id: 'your-image' });
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(['mkdir kept']);
    expect(store.getState().results.whiteout).toMatchObject({ met: false, missing: [{ key: 'goal.expect.no-image' }] });
  });

  it('opens the example, keeps the lesson in view, and meets the goal when a file is deleted in the container', async () => {
    await openLesson(store, lesson);
    expect(await openExampleImage(store)).toBe(true);
    await flush();
    const s = store.getState();
    expect(s.base).toMatchObject({ kind: 'image', name: EXAMPLE_IMAGE_NAME });
    expect(s.sideTab).toBe('course');
    expect(s.image?.hiddenBytes).toBeGreaterThan(0);
    expect(s.results.whiteout.met).toBe(false);
    expect(s.results.whiteout.missing.map((m) => m.params?.path)).toContain('../diff/etc/passwd');

    await store.getState().runCommand('rm etc/passwd');
    await flush();
    expect(store.getState().results.whiteout).toEqual({ met: true, missing: [] });
    expect(store.getState().progress.lessons['your-image'].met).toEqual(['whiteout']);
  });

  it('"Show me" plays the solution in a fresh container on the image, from its start', async () => {
    await openLesson(store, lesson);
    watchCourse(store);
    await showMe(store, lesson);
    await flush();
    const s = store.getState();
    expect(s.base.kind).toBe('image');
    expect(s.commands.map((c) => c.cmd)).toEqual(lesson.solution);
    expect(s.position).toBeLessThan(s.total);
    expect(s.results.whiteout.met).toBe(true);
    expect(s.progress.lessons['your-image'].shown).toBe(true);
  });

  it('a proof runs in the container; answers are checked', async () => {
    await openLesson(store, lesson);
    await openExampleImage(store);
    const q = lesson.goals.find((g): g is QuestionGoal => g.id === 'upperdir')!;
    await playProof(store, lesson, q);
    await flush();
    expect(store.getState().commands.map((c) => c.cmd)).toEqual(q.proof.run);
    expect((await answerGoal(store, lesson, 'commit', { kind: 'choice', id: 'device' })).met).toBe(false);
    expect((await answerGoal(store, lesson, 'commit', { kind: 'choice', id: 'wh-file' })).met).toBe(true);
  });

  it('a link to step 5 opens the example with the earlier steps’ commands typed in the container', async () => {
    await openLesson(store, lesson, 5);
    await flush();
    const s = store.getState();
    expect(s.base).toMatchObject({ kind: 'image', name: EXAMPLE_IMAGE_NAME });
    expect(s.commands.map((c) => c.cmd)).toEqual(lesson.steps.slice(0, 4).flatMap((x) => x.commands ?? []));
    expect(s.commands.every((c) => c.status === 0)).toBe(true);
    expect(s.lessonStep).toBe(5);
    expect(s.results.whiteout.met).toBe(true);
  });
});
