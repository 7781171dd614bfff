// Opening an image in the session: the look at the tree that every
// command ends with is taken once and kept in the starting state, so the
// first command does not walk the whole image again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SessionCore } from './core.ts';

describe('SessionCore on an image', () => {
  it('starts from a state whose container mount is walked already', async () => {
    const bytes = readFileSync('fixtures/images/ks-oci-gzip.tar');
    const blob = new Blob([bytes]);
    const core = new SessionCore();
    await core.load({ commands: [], base: { kind: 'image', name: 'ks-oci-gzip.tar', size: blob.size, blob } });
    const start = core.timeline.initial;
    expect(start.mounts.length).toBe(1);
    const mount = start.mounts[0];
    // Every directory of the merged tree is marked walked: the root, and etc among them.
    expect(mount.walked.has('')).toBe(true);
    expect(mount.walked.has('etc')).toBe(true);
    const change = core.run('echo x > new.txt', 1);
    expect(change.add[0].status).toBe(0);
  });
});
