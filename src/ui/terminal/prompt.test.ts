import { describe, expect, it } from 'vitest';
import { promptOf } from './prompt.ts';

describe('the prompt', () => {
  const c1 = { name: 'c1', merged: 'var/lib/docker/overlay2/abc/merged' };
  it('is the path under ~ in the lab', () => {
    expect(promptOf('')).toBe('~ $');
    expect(promptOf('merged/a')).toBe('~/merged/a $');
  });
  it('is the container and the path inside it in a container on an image', () => {
    expect(promptOf(c1.merged, c1)).toBe('c1:/ #');
    expect(promptOf(`${c1.merged}/etc/ssl`, c1)).toBe('c1:/etc/ssl #');
    // Outside the container's root (cd ../..): the lab's own path again.
    expect(promptOf('var/lib/docker/overlay2/abc', c1)).toBe('~/var/lib/docker/overlay2/abc $');
    expect(promptOf(`${c1.merged}x`, c1)).toBe(`~/${c1.merged}x $`);
  });
  it('names whichever running container holds the working directory', () => {
    const c2 = { name: 'c2', merged: 'var/lib/docker/overlay2/def/merged' };
    expect(promptOf(`${c2.merged}/etc`, [c1, c2])).toBe('c2:/etc #');
    expect(promptOf(c1.merged, [c1, c2])).toBe('c1:/ #');
    expect(promptOf('var', [c1, c2])).toBe('~/var $');
  });
});
