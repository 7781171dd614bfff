// `image commit` output checked by the real tools: skopeo must inspect
// and copy both the OCI and the docker archive, and podman must load the
// docker one. Runs only where skopeo (and podman) are installed, and says
// so otherwise; the library's own round trip is tested in src/image.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const skopeo = has('skopeo');
const podman = has('podman') && process.getuid?.() === 0;
const dir = mkdtempSync(join(tmpdir(), 'image-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function commit(format: 'oci' | 'docker'): string {
  const script = join(dir, 'change.sh');
  writeFileSync(script, 'rm etc/passwd\nmkdir -p opt/new\necho hi > opt/new/file\nrm -r var/log\nmkdir var/log\n');
  const out = join(dir, `out-${format}.tar`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/image.ts', 'commit', 'fixtures/images/ks-oci-zstd.tar', script, '-o', out, '--format', format, '--tag', 'localhost/overlay-lab-test:committed'], { encoding: 'utf8' });
  expect(r.stderr).toContain('committed layer');
  expect(r.status).toBe(0);
  return out;
}

describe.skipIf(!skopeo)(skopeo ? 'exports read by skopeo' : 'exports read by skopeo (skipped: skopeo is not installed)', () => {
  test.each([
    ['oci', 'oci-archive'],
    ['docker', 'docker-archive'],
  ] as const)('%s: skopeo inspects it and copies it whole', (format, transport) => {
    const out = commit(format);
    const inspect = spawnSync('skopeo', ['inspect', `${transport}:${out}`], { encoding: 'utf8' });
    expect(inspect.stderr).toBe('');
    expect(JSON.parse(inspect.stdout).Layers).toHaveLength(5);
    const copy = spawnSync('skopeo', ['copy', '-q', `${transport}:${out}`, `dir:${join(dir, `copy-${format}`)}`], { encoding: 'utf8' });
    expect(copy.stderr).toBe('');
    expect(copy.status).toBe(0);
  });
});

describe.skipIf(!skopeo)(skopeo ? 'a repeated layer, read by skopeo' : 'a repeated layer, read by skopeo (skipped: skopeo is not installed)', () => {
  test('an empty commit over an image whose top layer is empty: the docker archive has the layer once, skopeo sees it twice and copies it', () => {
    const script = join(dir, 'nothing.sh');
    writeFileSync(script, 'true\n');
    // ks's top layer (ENV) is the empty tar; the empty commit is that same tar again.
    const out = join(dir, 'repeated-docker.tar');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/image.ts', 'commit', 'fixtures/images/ks-docker24-save.tar', script, '-o', out, '--format', 'docker'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const members = spawnSync('tar', ['tf', out], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(new Set(members).size).toBe(members.length);
    const inspect = spawnSync('skopeo', ['inspect', `docker-archive:${out}`], { encoding: 'utf8' });
    expect(JSON.parse(inspect.stdout).Layers).toHaveLength(5);
    const copy = spawnSync('skopeo', ['copy', '-q', `docker-archive:${out}`, `dir:${join(dir, 'copy-repeated')}`], { encoding: 'utf8' });
    expect(copy.stderr).toBe('');
    expect(copy.status).toBe(0);
  });
});

describe.skipIf(!podman)(podman ? 'exports loaded by podman' : 'exports loaded by podman (skipped: needs podman and root)', () => {
  test('podman loads the docker archive and sees the new layer', () => {
    const out = commit('docker');
    const load = spawnSync('podman', ['load', '-q', '-i', out], { encoding: 'utf8' });
    try {
      expect(load.status).toBe(0);
      const history = spawnSync('podman', ['history', '--format', '{{.CreatedBy}}', 'localhost/overlay-lab-test:committed'], { encoding: 'utf8' });
      expect(history.stdout.split('\n')[0]).toContain('change.sh');
    } finally {
      spawnSync('podman', ['rmi', '-f', 'localhost/overlay-lab-test:committed']);
    }
  });
});
