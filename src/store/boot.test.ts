import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore, openSeed } from './index.ts';
import { withoutClosingUmounts } from './boot.ts';

const SEED = { text: readFileSync('scenarios/seed-copy-up-whiteout.sh', 'utf8'), name: 'seed-copy-up-whiteout.sh' };

describe('the seed demo on a first visit', () => {
  it('is opened without its closing umounts, at its start', async () => {
    const store = createLabStore();
    await openSeed(store, SEED);
    const s = store.getState();
    expect(s.commands.at(-1)?.cmd).toBe('rm -f merged/in_lower.txt');
    expect(s.commands.some((c) => /^umount\b/.test(c.cmd))).toBe(false);
    expect(s.redoStack).toEqual([]);
    expect(s.target()).toBe(0);
  });

  it('a file opened while the seed is still opening is kept whole (it was cut to the seed’s length)', async () => {
    const store = createLabStore();
    const script = Array.from({ length: 30 }, (_, i) => `echo ${i} > f${i}`).join('\n');
    const seeding = openSeed(store, SEED);
    const opened = store.getState().loadScript(script, 'mine.sh');
    await Promise.all([seeding, opened]);
    await store.getState().settled();
    const s = store.getState();
    expect(s.name).toBe('mine.sh');
    expect(s.commands.length).toBe(30);
  });

  it('withoutClosingUmounts drops only the umounts at the end, and what follows them that is not a command', () => {
    expect(withoutClosingUmounts('mkdir a\numount m\n# done\n\numount n\n')).toBe('mkdir a\n');
    expect(withoutClosingUmounts('umount m\nmkdir a\n')).toBe('umount m\nmkdir a\n');
    expect(withoutClosingUmounts('mkdir a\n# umount m\n')).toBe('mkdir a\n# umount m\n');
    expect(withoutClosingUmounts('mkdir a\numountx\n')).toBe('mkdir a\numountx\n');
  });
});
