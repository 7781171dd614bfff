// Lesson 10 ("Your own image") on the image it offers, the bundled example
// (fixtures/images/ks-oci-zstd.tar): its goals are not met when the
// container starts and are met by "Show me" (the solution typed in the
// container); the teaching steps reach them too; every question's proof
// holds in the container and its answer is the example's truth: the
// largest waste the image analysis finds, and the `.wh.` file a commit of
// the container writes. The image goals (the Commit button, the top layer
// exported alone) are checked on the example committed as the app commits
// it: unmet before, met after the solution's commit, unmet for a commit
// without the deletion. Nothing here depends on the image's layer ids.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeImage, commitContainer, exportImage, imageWorkspace, inflateLayer, layerTarNames, memorySource, nobleSha256, openImage, startContainer, type Image } from '../image/index.ts';
import { upperEntries } from '../image/commit.ts';
import { readTar } from '../image/tar-read.ts';
import { endOf } from '../replay/timeline.ts';
import { displayPath, needsBinding, resolvePath } from './bind.ts';
import { LESSONS } from './data/index.ts';
import { checkGoal, checkImageGoal } from './goals.ts';
import { imageLessonStart, type ImageLessonStart } from './image-lesson.ts';
import { checkLesson, checkLessonGoal, checkProofOf, runCommands, setupTimeline } from './lesson.ts';
import type { Goal, ImageGoal, ImageObserved, Lesson, QuestionGoal } from './types.ts';

export const EXAMPLE = 'fixtures/images/ks-oci-zstd.tar';

const lesson = LESSONS.find((l) => l.id === 'your-image') as Lesson;
const questions = () => lesson.goals.filter((g): g is QuestionGoal => g.kind === 'question');
const states = () => lesson.goals.filter((g): g is Extract<Goal, { kind: 'state' }> => g.kind === 'state');
const imageGoal = (id: string) => lesson.goals.find((g): g is ImageGoal => g.kind === 'image' && g.id === id)!;

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** As the Commit button does it: container c1 after `commands`, its upper packed as a layer on the example, the new image opened. */
async function commitAfter(commands: string[]): Promise<Image> {
  const w = startContainer(imageWorkspace(image), 'c1');
  const t = runCommands(start.timeline, commands);
  const layer = await commitContainer({ ...w, state: endOf(t).state }, 'c1', nobleSha256);
  const bytes = await collect(exportImage(memorySource(new Uint8Array(readFileSync(EXAMPLE)), 'ks-oci-zstd.tar'), image, [{ tar: layer.tar, diffId: layer.diffId, createdBy: 'overlay-lab commit c1' }], { format: 'oci', hash: nobleSha256 }));
  return openImage(memorySource(bytes, 'committed.tar'));
}

/** What the image goals see on `now`, the lesson having started on the example. */
async function seen(now: Image, exported: string[] | null = null): Promise<ImageObserved> {
  const top = now.layers[now.layers.length - 1];
  return { startLayers: image.layers.length, layers: now.layers.length, top: now.layers.length > image.layers.length ? layerTarNames(top.tree.root) : null, exported };
}

/** The top layer exported alone (as Export does it), its names read back by the tar reader. */
async function exportedNames(now: Image, bytes: Uint8Array): Promise<string[]> {
  const names: string[] = [];
  await readTar(inflateLayer(memorySource(bytes, 'x.tar'), now.layers[now.layers.length - 1]), 'layer.tar', (e) => {
    names.push(e.name.replace(/\/$/, ''));
  });
  return names;
}

let image: Image;
let start: ImageLessonStart;
beforeAll(async () => {
  image = await openImage(memorySource(new Uint8Array(readFileSync(EXAMPLE)), 'ks-oci-zstd.tar'));
  start = imageLessonStart(image);
});

test('the lesson is lesson 10, runs on an image, and has no setup scenario', () => {
  expect(lesson.number).toBe(10);
  expect(lesson.image).toBe(true);
  expect(lesson.setup).toBe('');
  expect(states().length).toBeGreaterThan(0);
  expect(states().every(needsBinding)).toBe(true);
});

test('placeholders bind to the container, whatever its id, and are named as typed in it', () => {
  expect(start.binding.merged).toMatch(/^var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged$/);
  expect(start.binding.upper).toBe(start.binding.merged.replace(/merged$/, 'diff'));
  expect(resolvePath('@upper/etc/passwd', start.binding)).toBe(`${start.binding.upper}/etc/passwd`);
  expect(resolvePath('upper/a', start.binding)).toBe('upper/a');
  expect(displayPath('@upper/etc/passwd')).toBe('../diff/etc/passwd');
  expect(displayPath('@merged/etc/passwd')).toBe('etc/passwd');
});

describe('on the bundled example image', () => {
  test('state goals: unmet when the container starts, met after "Show me"', () => {
    for (const g of states()) {
      const before = checkLessonGoal(lesson, g, start.timeline, undefined, start.binding);
      expect(before.met, `${g.id} met before the solution`).toBe(false);
      // Unmet parts are named as the learner would type them in the container.
      expect(before.missing.map((m) => m.params?.path)).toContain('../diff/etc/passwd');
    }
    const solved = runCommands(start.timeline, lesson.solution);
    expect(solved.commands.map((c) => c.status)).toEqual(lesson.solution.map(() => 0));
    const results = checkLesson(lesson, solved, {}, start.binding);
    for (const g of states()) expect(results[g.id].missing, g.id).toEqual([]);
  });

  test('without a container the state goals say so, and are never met', () => {
    for (const g of states()) expect(checkLessonGoal(lesson, g, setupTimeline(lesson)).missing.map((m) => m.key)).toEqual(['goal.expect.no-image']);
  });

  test('the teaching steps, typed in order, run in the container and reach every state goal', () => {
    const t = runCommands(start.timeline, lesson.steps.flatMap((s) => s.commands ?? []));
    expect(t.commands.filter((c) => c.status !== 0).map((c) => `${c.cmd}: ${c.stderr}`)).toEqual([]);
    for (const g of states()) expect(checkLessonGoal(lesson, g, t, undefined, start.binding).missing, g.id).toEqual([]);
  });

  test('questions: every proof holds in the container; the declared answer is right, the others wrong', () => {
    for (const q of questions()) {
      expect(checkProofOf(lesson, q, start).missing, q.id).toEqual([]);
      expect(checkGoal(q, start.timeline, { kind: 'choice', id: q.answer }).met).toBe(true);
      for (const c of q.choices.filter((c) => c.id !== q.answer)) expect(checkGoal(q, start.timeline, { kind: 'choice', id: c.id }).met).toBe(false);
    }
  });

  test('"waste": usr/lib/big.bin is what the Image tab lists first', () => {
    const a = analyzeImage(image, 10);
    expect(a.hiddenBytes).toBeGreaterThan(0);
    expect(a.topWasted[0]).toMatchObject({ path: '/usr/lib/big.bin', layer: 1, size: 3000 });
    expect(lesson.goals.find((g) => g.id === 'waste')).toMatchObject({ answer: 'big-bin' });
  });

  test('"commit": committing the container after the solution writes etc/.wh.passwd, an empty file, and no device', () => {
    const solved = runCommands(start.timeline, lesson.solution);
    const entries = upperEntries(endOf(solved).state.fs, start.binding.upper);
    const names = entries.map((e) => e.header.name);
    expect(names).toContain('etc/.wh.passwd');
    expect(names).not.toContain('etc/passwd');
    const wh = entries.find((e) => e.header.name === 'etc/.wh.passwd')!;
    expect(wh.header.type ?? 'file').toBe('file');
    expect(wh.header.size ?? 0).toBe(0);
    expect(lesson.goals.find((g) => g.id === 'commit')).toMatchObject({ answer: 'wh-file' });
  });

  test('image goals: the commit and the export, unmet on the example as opened', async () => {
    expect(imageGoal('committed')).toMatchObject({ of: 'commit', added: 1, entries: ['etc/.wh.passwd'] });
    expect(imageGoal('exported')).toMatchObject({ of: 'export', entries: ['etc/.wh.passwd'] });
    expect(lesson.actions).toEqual(['commit', 'export-layer']);
    const now = await seen(image);
    expect(checkImageGoal(imageGoal('committed'), now)).toEqual({ met: false, missing: [{ key: 'goal.image.layers', params: { got: 4, want: 5 } }] });
    expect(checkImageGoal(imageGoal('exported'), now)).toEqual({ met: false, missing: [{ key: 'goal.image.no-export' }] });
    // Without an image there is nothing to look at; checkGoal alone never meets an image goal.
    expect(checkImageGoal(imageGoal('committed'), null).missing).toEqual([{ key: 'goal.expect.no-image' }]);
    expect(checkGoal(imageGoal('committed'), start.timeline).met).toBe(false);
  });

  test('"committed": the solution committed gives a fifth layer whose tar lists etc/.wh.passwd; a commit without it does not', async () => {
    const bare = await commitAfter([]);
    expect(bare.layers.length).toBe(image.layers.length + 1);
    expect(checkImageGoal(imageGoal('committed'), await seen(bare))).toEqual({ met: false, missing: [{ key: 'goal.image.entry', params: { path: 'etc/.wh.passwd' } }] });

    const committed = await commitAfter(lesson.solution);
    expect(committed.history.at(-1)?.createdBy).toBe('overlay-lab commit c1');
    const top = layerTarNames(committed.layers[committed.layers.length - 1].tree.root);
    expect(top).toContain('etc/.wh.passwd');
    expect(top).not.toContain('etc/passwd');
    const obs = await seen(committed);
    expect(checkImageGoal(imageGoal('committed'), obs)).toEqual({ met: true, missing: [] });
    expect(checkLesson(lesson, start.timeline, {}, start.binding, obs).committed).toEqual({ met: true, missing: [] });
  });

  test('"exported": the committed top layer alone, read back by the tar reader, lists etc/.wh.passwd, an empty file', async () => {
    const w = startContainer(imageWorkspace(image), 'c1');
    const layer = await commitContainer({ ...w, state: endOf(runCommands(start.timeline, lesson.solution)).state }, 'c1', nobleSha256);
    const bytes = await collect(exportImage(memorySource(new Uint8Array(readFileSync(EXAMPLE)), 'ks-oci-zstd.tar'), image, [{ tar: layer.tar, diffId: layer.diffId, createdBy: 'overlay-lab commit c1' }], { format: 'oci', hash: nobleSha256 }));
    const committed = await openImage(memorySource(bytes, 'committed.tar'));
    const names = await exportedNames(committed, bytes);
    expect(names).toContain('etc/.wh.passwd');
    expect(checkImageGoal(imageGoal('exported'), await seen(committed, names))).toEqual({ met: true, missing: [] });
    // The example's own top layer (before any commit) has no such entry.
    const before = await exportedNames(image, new Uint8Array(readFileSync(EXAMPLE)));
    expect(checkImageGoal(imageGoal('exported'), await seen(image, before))).toEqual({ met: false, missing: [{ key: 'goal.image.export-entry', params: { path: 'etc/.wh.passwd' } }] });
  });
});
