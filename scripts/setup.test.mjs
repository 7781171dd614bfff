// The set-up decides what to install from facts about the machine; these
// tests hand it made-up machines and record the commands it would run, so the
// apt path is checked without uninstalling anything.
import { describe, expect, it } from 'vitest';
import { DEBIAN_NEEDS, aptAction, excerpt, missingPackages, nodeTooOld, npmInstallNeeded, setup } from './setup.mjs';

function fakeSystem({ missing = [], isRoot = true, isDebian = true, installed = 2000, lock = 1000, node = '20.20.2', fails = '' } = {}) {
  const runs = [];
  const logs = [];
  const failures = [];
  const sys = {
    nodeVersion: node,
    isRoot,
    isDebian,
    npm: ['npm'],
    now: () => 0,
    log: (l) => logs.push(l),
    fail: (m) => failures.push(m),
    readText: () => JSON.stringify({ engines: { node: '>=20.19' } }),
    // installed: null stands for no node_modules at all.
    mtimeMs: (p) => (p.endsWith('node_modules/.package-lock.json') ? (installed ?? undefined) : lock),
    hasFile: (p) => !missing.some((m) => p.includes(m)),
    hasCommand: (c) => !missing.includes(c),
    run: (cmd, args, env) => {
      runs.push({ cmd: [cmd, ...args].join(' '), env });
      return fails && [cmd, ...args].join(' ').includes(fails) ? { status: 100, output: 'E: boom' } : { status: 0, output: '' };
    },
  };
  return { sys, runs, logs, failures };
}

describe('setup', () => {
  it('does nothing when everything is in place', () => {
    const { sys, runs, logs } = fakeSystem();
    setup(sys);
    expect(runs).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('runs npm ci when node_modules is missing or older than the lock', () => {
    for (const installed of [null, 500]) {
      const { sys, runs } = fakeSystem({ installed });
      setup(sys);
      expect(runs.map((r) => r.cmd)).toEqual(['npm ci --no-audit --no-fund --no-progress --loglevel=error']);
    }
  });

  it('fails loudly with npm output when npm ci fails, and goes no further', () => {
    const { sys, runs, failures } = fakeSystem({ installed: null, missing: ['tree'], fails: 'npm ci' });
    setup(sys);
    expect(runs).toHaveLength(1);
    expect(failures[0]).toMatch(/npm ci.*failed[\s\S]*E: boom/);
  });

  it('as root on Debian: apt-get update once, then installs only what is missing', () => {
    const { sys, runs } = fakeSystem({ missing: ['/usr/bin/chromium', 'getfattr', 'tree'] });
    setup(sys);
    expect(runs.map((r) => r.cmd)).toEqual([
      'apt-get update -qq -o DPkg::Lock::Timeout=300',
      'apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 chromium attr tree',
    ]);
    expect(runs.every((r) => r.env.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
  });

  it('installs the CJK font when only it is missing, so Chinese screenshots are not empty boxes', () => {
    const { sys, runs } = fakeSystem({ missing: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'] });
    setup(sys);
    expect(runs.map((r) => r.cmd).at(-1)).toBe('apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 fonts-wqy-microhei');
  });

  it('reports a failed apt-get', () => {
    const { sys, failures } = fakeSystem({ missing: ['unshare'], fails: 'install' });
    setup(sys);
    expect(failures[0]).toMatch(/apt-get install .*util-linux.*failed/);
  });

  it('not root, or not Debian: says what is missing and how to get it, installs nothing', () => {
    for (const machine of [{ isRoot: false }, { isDebian: false }]) {
      const { sys, runs, logs, failures } = fakeSystem({ missing: ['/usr/bin/chromium'], ...machine });
      setup(sys);
      expect(runs).toEqual([]);
      expect(failures).toEqual([]);
      expect(logs.join('\n')).toMatch(/missing system packages: chromium .*apt-get install chromium/s);
    }
  });

  it('refuses a Node older than package.json engines', () => {
    const { sys, runs, failures } = fakeSystem({ node: '20.11.0', installed: null });
    setup(sys);
    expect(runs).toEqual([]);
    expect(failures[0]).toMatch(/Node 20.11.0 is too old/);
  });
});

describe('setup decisions', () => {
  it('compares node versions by major then minor', () => {
    expect(nodeTooOld('>=20.19', '20.18.9')).toBe(true);
    expect(nodeTooOld('>=20.19', '20.19.0')).toBe(false);
    expect(nodeTooOld('>=20.19', '22.1.0')).toBe(false);
    expect(nodeTooOld(undefined, '1.0.0')).toBe(false);
  });

  it('reinstalls npm packages only when the lock is newer than the install', () => {
    expect(npmInstallNeeded(undefined, 1)).toBe(true);
    expect(npmInstallNeeded(1, 2)).toBe(true);
    expect(npmInstallNeeded(2, 2)).toBe(false);
  });

  it('counts a package missing when any one of its commands is', () => {
    const missing = missingPackages(DEBIAN_NEEDS, () => true, (c) => c !== 'setfattr');
    expect(missing.map((m) => m.pkg)).toEqual(['attr']);
  });

  it('acts only as root on Debian', () => {
    const missing = [DEBIAN_NEEDS[0]];
    expect(aptAction({ missing: [], isRoot: false, isDebian: false })).toBe('none');
    expect(aptAction({ missing, isRoot: true, isDebian: true })).toBe('install');
    expect(aptAction({ missing, isRoot: false, isDebian: true })).toBe('advise');
    expect(aptAction({ missing, isRoot: true, isDebian: false })).toBe('advise');
  });
});

describe('failure output', () => {
  it('keeps both ends of a long log', () => {
    const log = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const out = excerpt(log).split('\n');
    expect(out[0]).toBe('line 0');
    expect(out.at(-1)).toBe('line 99');
    expect(out).toContain('... (60 lines left out)');
    expect(excerpt('short\nlog')).toBe('short\nlog');
  });
});
