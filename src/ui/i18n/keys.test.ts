// Every key the UI asks for exists in the English resource, including the
// families built from engine vocabularies (events, probe outcomes, kinds),
// so a new event kind or outcome cannot show up as a raw key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventType, ProbeOutcome } from '../../engine/index.ts';
import en from './en.json';

const keys = new Set(Object.keys(en).map((k) => k.replace(/_(one|other)$/, '')));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

const NAMESPACES = ['app', 'header', 'file', 'picker', 'share', 'notice', 'transport', 'now', 'timeline', 'event', 'stack', 'layer', 'phase', 'grid', 'kind', 'path', 'probe', 'outcome', 'inspect', 'xattr', 'terminal', 'edit', 'dialog', 'keys'];

describe('the English resource', () => {
  it('has every literal key the components use', () => {
    const literal = new RegExp(`'((?:${NAMESPACES.join('|')})\\.[a-zA-Z.-]+)'`, 'g');
    const used = new Set<string>();
    for (const f of sources('src/ui')) for (const m of readFileSync(f, 'utf8').matchAll(literal)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has the families named after engine vocabularies', () => {
    const events: Record<EventType, true> = { lookup: true, 'copy-up': true, create: true, link: true, unlink: true, rmdir: true, rename: true, write: true, truncate: true, setattr: true, setxattr: true, removexattr: true, mount: true, umount: true, error: true };
    const outcomes: Record<ProbeOutcome, true> = { absent: true, whiteout: true, file: true, metacopy: true, dir: true, 'opaque-dir': true, redirect: true, 'skipped-nondir': true, 'not-consulted': true };
    const want = [
      ...Object.keys(events).map((e) => `event.${e}`),
      ...Object.keys(outcomes).map((o) => `outcome.${o}`),
      ...['file', 'dir', 'symlink', 'whiteout', 'chardev', 'fifo', 'other', 'unresolvable', 'absent'].map((k) => `kind.${k}`),
      ...['mounted', 'unmounted', 'not-yet'].map((p) => `phase.${p}`),
      ...['file', 'dir', 'edit', 'rename', 'delete'].flatMap((m) => [`edit.${m}`, `edit.title.${m}`]),
    ];
    expect(want.filter((k) => !keys.has(k))).toEqual([]);
  });
});
