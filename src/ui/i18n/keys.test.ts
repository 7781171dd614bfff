// Every key the UI asks for exists in the English resource, including the
// families built from engine vocabularies (events, probe outcomes, kinds),
// so a new event kind or outcome cannot show up as a raw key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventType, ProbeOutcome } from '../../engine/index.ts';
import { STRERROR } from '../../engine/errno.ts';
import type { FileType } from '../../engine/api.ts';
import { paramsOf } from '../../lessons/index.ts';
import en from './en.json';
import { LANGUAGES } from './resources.ts';
import { THEMES } from '../theme/theme.ts';
import { ZH_CN } from './zh-CN.ts';
import type { ImageErrorCode } from '../../image/index.ts';

const keys = new Set(Object.keys(en).map((k) => k.replace(/_(one|other)$/, '')));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

const NAMESPACES = ['app', 'header', 'file', 'picker', 'share', 'notice', 'transport', 'now', 'timeline', 'event', 'stack', 'layer', 'phase', 'grid', 'kind', 'path', 'probe', 'outcome', 'inspect', 'xattr', 'terminal', 'edit', 'dialog', 'keys', 'side', 'lessons', 'lesson', 'goal', 'predict', 'exercises', 'docker', 'presenter', 'theme', 'lang', 'node', 'errno', 'caption', 'detail', 'image', 'imageError'];

describe('the English resource', () => {
  it('has every literal key the components use', () => {
    const literal = new RegExp(`'((?:${NAMESPACES.join('|')})\\.[a-zA-Z.-]+)'`, 'g');
    const used = new Set<string>();
    for (const f of sources('src/ui')) for (const m of readFileSync(f, 'utf8').matchAll(literal)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has the families named after engine vocabularies', () => {
    const events: Record<EventType, true> = { lookup: true, 'copy-up': true, create: true, link: true, unlink: true, rmdir: true, rename: true, write: true, truncate: true, setattr: true, setxattr: true, removexattr: true, mount: true, umount: true, dcache: true, readdir: true, error: true };
    const nodes: Record<FileType | 'whiteout', true> = { file: true, dir: true, symlink: true, chardev: true, blockdev: true, fifo: true, socket: true, whiteout: true };
    const outcomes: Record<ProbeOutcome, true> = { absent: true, whiteout: true, file: true, metacopy: true, dir: true, 'opaque-dir': true, redirect: true, 'skipped-nondir': true, 'not-consulted': true };
    const imageErrors: Record<ImageErrorCode, true> = {
      'not-an-archive': true, truncated: true, 'corrupt-tar': true, 'decompress-failed': true, 'bad-manifest': true, 'missing-blob': true, 'digest-mismatch': true, 'size-mismatch': true,
      'diff-id-mismatch': true, unsupported: true, 'ambiguous-image': true, 'no-image': true, 'unsafe-path': true, 'path-through-symlink': true, 'parent-not-dir': true, 'bad-hardlink': true,
      'bad-whiteout': true, 'unsupported-entry': true, 'too-large': true, 'decompression-bomb': true, aborted: true, container: true,
    };
    const want = [
      ...Object.keys(events).map((e) => `event.${e}`),
      ...Object.keys(outcomes).map((o) => `outcome.${o}`),
      ...['file', 'dir', 'symlink', 'whiteout', 'chardev', 'fifo', 'other', 'unresolvable', 'absent'].map((k) => `kind.${k}`),
      ...['mounted', 'unmounted', 'not-yet'].map((p) => `phase.${p}`),
      ...['file', 'dir', 'edit', 'rename', 'delete'].flatMap((m) => [`edit.${m}`, `edit.title.${m}`]),
      ...Object.keys(STRERROR).map((e) => `errno.${e}`),
      ...Object.keys(nodes).map((n) => `node.${n}`),
      ...LANGUAGES.map((l) => `lang.${l}`),
      ...THEMES.map((th) => `theme.${th}`),
      ...['before', 'after'].map((w) => `exercises.${w}`),
      ...Object.keys(imageErrors).map((c) => `imageError.${c}`),
    ];
    expect(want.filter((k) => !keys.has(k))).toEqual([]);
  });
});

// The Chinese UI as the app loads it: zh-CN.json with the lookup-probe
// wording the lessons layer spells out. Nothing missing, nothing empty, the
// same {{params}}: no string is left in English by accident.
describe('the Chinese resource', () => {
  const zh: Record<string, string> = ZH_CN.ui;
  const base = (k: string) => k.replace(/_(one|other)$/, '');

  it('has every key of the English one, and no other', () => {
    expect([...new Set(Object.keys(zh).map(base))].sort()).toEqual([...keys].sort());
  });

  it('has no empty value', () => {
    expect(Object.entries(zh).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same {{params}} as the English, key by key', () => {
    const differ = Object.entries(en as Record<string, string>).filter(([k, v]) => JSON.stringify(paramsOf(v).sort()) !== JSON.stringify(paramsOf(zh[k] ?? zh[`${base(k)}_other`] ?? '').sort()));
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('has the captions and the lessons too', () => {
    expect(Object.keys(ZH_CN.captions).length).toBeGreaterThan(40);
    expect(Object.keys(ZH_CN.lessons).length).toBeGreaterThan(200);
  });
});
