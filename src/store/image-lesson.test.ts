// Lesson 10 in the store: opened with no image, it keeps the session and
// says its goal needs one; the example image opens from it (the lesson
// stays in view), a deletion typed in the container meets the goal, bound
// to that container's upper; the Commit button meets the commit goal (the
// image one layer taller than at the lesson's start, its top layer
// holding etc/.wh.passwd) and Undo un-meets it; the top layer exported
// alone is read back for the export goal; "Show me" does it all in a
// fresh container, and the proofs run in one; a link to a later step
// opens the example with the earlier steps' commands typed.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerGoal, lessonById, openExampleImage, openLesson, playProof, showMe } from './course-actions.ts';
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

  it('"Show me" types the solution in a fresh container on the image, commits it and exports the top layer', async () => {
    await openLesson(store, lesson);
    await openExampleImage(store);
    await flush();
    const layers = store.getState().image!.layers.length;
    expect(store.getState().course).toEqual({ kind: 'lesson', id: 'your-image', imageLayers: layers });
    expect(store.getState().results.committed).toMatchObject({ met: false, missing: [{ key: 'goal.image.layers', params: { got: layers, want: layers + 1 } }] });
    expect(store.getState().results.exported).toMatchObject({ met: false, missing: [{ key: 'goal.image.no-export' }] });
    await showMe(store, lesson);
    await flush();
    const s = store.getState();
    expect(s.base).toMatchObject({ kind: 'image', name: 'example-image+c1.tar' });
    expect(s.image!.layers.length).toBe(layers + 1);
    expect(s.image!.history.at(-1)?.createdBy).toBe('overlay-lab commit c1');
    expect(s.exported).toMatchObject({ format: 'layer' });
    expect(s.sideTab).toBe('course');
    expect(s.results.committed).toEqual({ met: true, missing: [] });
    expect(s.results.exported).toEqual({ met: true, missing: [] });
    expect([...s.progress.lessons['your-image'].met].sort()).toEqual(['committed', 'exported', 'whiteout']);
    expect(s.progress.lessons['your-image'].shown).toBe(true);
  });

  it('the Commit button meets the commit goal only with the whiteout in the container; Undo brings back the image and un-meets it', async () => {
    await openLesson(store, lesson);
    await openExampleImage(store);
    await flush();
    const layers = store.getState().image!.layers.length;
    // A commit of an unchanged container adds a layer, but not the .wh. file.
    expect(await store.getState().commitContainer('c1')).toBe(true);
    await flush();
    expect(store.getState().image!.layers.length).toBe(layers + 1);
    expect(store.getState().results.committed).toMatchObject({ met: false, missing: [{ key: 'goal.image.entry', params: { path: 'etc/.wh.passwd' } }] });
    await store.getState().undo();
    await flush();
    expect(store.getState().image!.layers.length).toBe(layers);

    await store.getState().runCommand('rm etc/passwd');
    expect(await store.getState().commitContainer('c1')).toBe(true);
    await flush();
    expect(store.getState().base).toMatchObject({ name: 'example-image+c1.tar' });
    expect(store.getState().results.committed).toEqual({ met: true, missing: [] });
    // The top layer exported alone is read back: it lists etc/.wh.passwd.
    expect(store.getState().results.exported.met).toBe(false);
    const file = await store.getState().exportImage('layer');
    expect(file?.name).toMatch(/-layer\d+\.tar$/);
    await flush();
    expect(store.getState().results.exported).toEqual({ met: true, missing: [] });

    await store.getState().undo();
    await flush();
    const s = store.getState();
    expect(s.base).toMatchObject({ name: EXAMPLE_IMAGE_NAME });
    expect(s.image!.layers.length).toBe(layers);
    expect(s.commands.map((c) => c.cmd)).toEqual(['rm etc/passwd']);
    expect(s.course).toEqual({ kind: 'lesson', id: 'your-image', imageLayers: layers });
    expect(s.results.committed).toMatchObject({ met: false, missing: [{ key: 'goal.image.layers' }] });
    expect(s.results.whiteout.met).toBe(true);
  });

  it('Restart after a commit starts again on the image the lesson started on', async () => {
    await openLesson(store, lesson);
    await openExampleImage(store);
    await flush();
    const layers = store.getState().image!.layers.length;
    await store.getState().runCommand('rm etc/passwd');
    await store.getState().commitContainer('c1');
    await flush();
    expect(store.getState().image!.layers.length).toBe(layers + 1);
    await openLesson(store, lesson);
    await flush();
    expect(store.getState().base).toMatchObject({ name: EXAMPLE_IMAGE_NAME });
    expect(store.getState().course).toEqual({ kind: 'lesson', id: 'your-image', imageLayers: layers });
    await store.getState().runCommand('rm etc/passwd');
    expect(store.getState().commands.at(-1)?.status).toBe(0);
  });

  it('an export other than the top layer alone does not count', async () => {
    await openLesson(store, lesson);
    await openExampleImage(store);
    await store.getState().runCommand('rm etc/passwd');
    await store.getState().commitContainer('c1');
    await store.getState().exportImage('oci');
    await flush();
    expect(store.getState().results.exported).toMatchObject({ met: false, missing: [{ key: 'goal.image.no-export' }] });
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
    expect(s.course).toEqual({ kind: 'lesson', id: 'your-image', imageLayers: s.image!.layers.length });
    expect(s.results.committed.met).toBe(false);
  });
});
