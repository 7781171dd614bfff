// The `image` command line as a user meets it: complete output through a
// pipe, a reader that closes early ends it quietly, exit statuses (0 done,
// 1 bad image or failed check, 2 bad usage), --json, --ci, commit with
// --narrate and each output format.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'image-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const image = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'tools/image.ts', ...args], { encoding: 'utf8' });
const KS = 'fixtures/images/ks-oci-gzip.tar';

describe('image tree', () => {
  test('prints the whole tree through a pipe, and stops quietly when the reader goes', () => {
    const r = image('tree', KS);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('fixtures/images/expected/ks.tree', 'utf8'));
    const head = spawnSync('bash', ['-c', `node --import tsx tools/image.ts tree ${KS} | head -n 2; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(head.stdout.split('\n').slice(0, 2)).toEqual(readFileSync('fixtures/images/expected/ks.tree', 'utf8').split('\n').slice(0, 2));
    expect(head.stdout).toMatch(/status 0\n$/);
    expect(head.stderr).toBe('');
  });

  test('says what is wrong with a bad file, and exits 1; bad usage exits 2', () => {
    const bad = image('tree', 'fixtures/images/bad/digest-mismatch.tar');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^image: fixtures\/images\/bad\/digest-mismatch\.tar: blobs\/sha256\/[0-9a-f]{64}: its sha256 is/);
    expect(image('tree').status).toBe(2);
    expect(image('tree', KS, '--bogus').status).toBe(2);
    const two = image('tree', 'fixtures/images/bad/two-images.tar');
    expect([two.status, two.stderr]).toEqual([1, expect.stringContaining('with --image REF')]);
  });
});

describe('image inspect', () => {
  test('--json gives layers, history, hiddenBytes, efficiency, top wasted paths and dive\'s figure', () => {
    const r = image('inspect', KS, '--json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.layers.map((l: { whiteouts: number; opaqueDirs: number }) => [l.whiteouts, l.opaqueDirs])).toEqual([
      [0, 0],
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(j.hiddenBytes).toBe(3103);
    expect(j.efficiency).toBeCloseTo(3256 / 6359, 6);
    expect(j.topWasted[0]).toMatchObject({ path: '/usr/lib/big.bin', layer: 1, size: 3000, by: { kind: 'overwritten', layer: 2 } });
    expect(j.dive.wastedBytes).toBeGreaterThan(j.hiddenBytes);
  });

  test('--ci exits 1 when a threshold is crossed, 0 when none is', () => {
    const fail = image('inspect', KS, '--ci');
    expect(fail.status).toBe(1);
    expect(fail.stderr).toContain('FAIL lowestEfficiency');
    const pass = image('inspect', KS, '--ci', '--lowest-efficiency', '0.5', '--highest-user-wasted-percent', '1', '--highest-wasted-bytes', '4KB');
    expect([pass.status, pass.stderr]).toEqual([0, 'image: CI check passed\n']);
  });
});

describe('image commit', () => {
  test('runs the script in a container, narrates it, and writes a layer that holds its changes', () => {
    const script = join(dir, 's.sh');
    writeFileSync(script, 'rm etc/passwd\necho hi > etc/motd\n');
    const out = join(dir, 'layer.tar');
    const r = image('commit', KS, script, '-o', out, '--format', 'layer', '--narrate');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('$ rm etc/passwd');
    expect(r.stdout).toMatch(/whiteout/i);
    const list = spawnSync('tar', ['-tvf', out], { encoding: 'utf8' }).stdout;
    expect(list).toContain('etc/.wh.passwd');
    expect(list).toContain('etc/motd');
    expect(image('commit', KS, script).status).toBe(2);
  });
});
