// Redirect rules where metacopy and hard links meet, one row each: the
// steps (through merged/ unless they name a layer), then the redirect each
// upper name must hold and what each merged name must read. Checked
// against Linux 6.18 in scenarios/metacopy-link-after-rename.sh.
import { describe, expect, it } from 'vitest';
import { utf8Decode } from '../bytes.ts';
import { Kernel } from '../kernel.ts';
import { readFile as read, writeFile as file } from '../testkit.ts';

const OPTS = 'lowerdir=lower,upperdir=upper,workdir=work,metacopy=on,redirect_dir=on';

function stack(): Kernel {
  const k = new Kernel();
  for (const d of ['lower', 'lower/d', 'lower/e', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
  file(k, 'lower/d/f', 'data\n');
  file(k, 'lower/x', 'other\n');
  file(k, 'lower/e/k', 'deep\n');
  const m = k.mount('overlay', 'merged', 'overlay', 0, OPTS);
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  return k;
}

type Step = ['mv' | 'ln', string, string];

const ROWS: { rule: string; steps: Step[]; redirects: Record<string, string>; reads: Record<string, string> }[] = [
  {
    rule: 'ovl_set_redirect: a rename within one directory records the old name, relative',
    steps: [['mv', 'd/f', 'd/g']],
    redirects: { 'd/g': 'f' },
    reads: { 'd/g': 'data\n' },
  },
  {
    rule: 'ovl_set_link_redirect: linking a renamed metacopy turns its relative redirect absolute, from the old name',
    steps: [['mv', 'd/f', 'd/g'], ['ln', 'd/g', 'd/h']],
    redirects: { 'd/g': '/d/f', 'd/h': '/d/f' },
    reads: { 'd/g': 'data\n', 'd/h': 'data\n' },
  },
  {
    rule: 'ovl_set_redirect: an absolute redirect (a move to another directory) stays as it is when linked',
    steps: [['mv', 'x', 'd/y'], ['ln', 'd/y', 'z']],
    redirects: { 'd/y': '/x', z: '/x' },
    reads: { z: 'other\n', 'd/y': 'other\n' },
  },
  {
    rule: "ovl_get_redirect: a parent's absolute redirect ends the walk up",
    steps: [['mv', 'e', 'e2'], ['mv', 'e2/k', 'e2/k2'], ['ln', 'e2/k2', 'k3']],
    redirects: { 'e2/k2': '/e/k', k3: '/e/k' },
    reads: { k3: 'deep\n', 'e2/k2': 'deep\n' },
  },
  {
    rule: 'ovl_link: a metacopy never renamed gets its own path as the absolute redirect',
    steps: [['ln', 'd/f', 'd/h']],
    redirects: { 'd/f': '/d/f', 'd/h': '/d/f' },
    reads: { 'd/f': 'data\n', 'd/h': 'data\n' },
  },
];

describe('metacopy, redirect and hard links', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = stack();
    for (const [op, a, b] of row.steps) {
      const r = op === 'mv' ? k.rename(`merged/${a}`, `merged/${b}`) : k.link(`merged/${a}`, `merged/${b}`);
      expect(r.ok).toBe(true);
    }
    for (const [name, want] of Object.entries(row.redirects)) {
      const v = k.getxattr(`upper/${name}`, 'trusted.overlay.redirect');
      expect(v.ok && utf8Decode(v.value)).toBe(want);
    }
    const check = () => {
      for (const [name, want] of Object.entries(row.reads)) expect(read(k, `merged/${name}`)).toBe(want);
    };
    check();
    // After a remount the names are found from the xattrs alone.
    expect(k.umount('merged').ok).toBe(true);
    expect(k.mount('overlay', 'merged', 'overlay', 0, OPTS).ok).toBe(true);
    check();
  });
});

describe('a redirect is the overlay inode\'s (OVL_I(inode)->redirect)', () => {
  it('index=on: renaming a second name of an indexed metacopy keeps the absolute redirect the first rename gave the inode', () => {
    const opts = 'lowerdir=lower,upperdir=upper,workdir=work,metacopy=on,index=on';
    const k = new Kernel();
    for (const d of ['lower', 'lower/d', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
    file(k, 'lower/h', 'h\n');
    k.link('lower/h', 'lower/h2');
    k.link('lower/h', 'lower/d/h3');
    expect(k.mount('overlay', 'merged', 'overlay', 0, opts).ok).toBe(true);
    for (const n of ['h', 'h2', 'd/h3']) read(k, `merged/${n}`);
    k.chmod('merged/h', 0o600);
    expect(k.rename('merged/h2', 'merged/d/x').ok).toBe(true);
    expect(k.rename('merged/d/h3', 'merged/y').ok).toBe(true);
    for (const n of ['h', 'd/x', 'y']) {
      const v = k.getxattr(`upper/${n}`, 'trusted.overlay.redirect');
      expect(v.ok && utf8Decode(v.value), n).toBe('/h2');
    }
  });
});
