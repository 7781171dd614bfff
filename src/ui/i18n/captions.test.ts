// Captions on an image: overlay2's 64-hex layer ids are shortened to 12
// digits, the rest of the path kept, in every value a caption shows.
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events.ts';
import { captionText, shortIds } from './captions.ts';
import { i18n } from './index.ts';

const ID = '475f5b84406b46ba308c84bc7a1a3a1fa3608380932815d9568afc38bd145f0b';

describe('shortIds', () => {
  it('keeps the first 12 digits of a 64-hex path segment, with or without -init', () => {
    expect(shortIds(`var/lib/docker/overlay2/${ID}/diff/etc/passwd`)).toBe('var/lib/docker/overlay2/475f5b84406b…/diff/etc/passwd');
    expect(shortIds(`var/lib/docker/overlay2/${ID}-init/diff`)).toBe('var/lib/docker/overlay2/475f5b84406b…-init/diff');
  });

  it('leaves shorter hex names and ordinary paths alone', () => {
    expect(shortIds('upper/cc765acd/a.txt')).toBe('upper/cc765acd/a.txt');
    expect(shortIds(`upper/${ID}0`)).toBe(`upper/${ID}0`);
    expect(shortIds('merged/in_lower.txt')).toBe('merged/in_lower.txt');
  });
});

describe('captions of an image container', () => {
  it('show each overlay2 path with its short id', () => {
    const t = i18n.getFixedT('en', 'captions');
    const exists = (k: string) => i18n.exists(k, { ns: 'captions', lng: 'en' });
    const e = { type: 'unlink', path: `var/lib/docker/overlay2/${ID}/diff/etc/passwd`, cause: 'syscall', ref: { dir: 1, name: 'passwd', ino: 2 } } as unknown as EngineEvent;
    const text = captionText(t, exists, e);
    expect(text).toContain('var/lib/docker/overlay2/475f5b84406b…/diff/etc/passwd');
    expect(text).not.toContain(ID);
  });
});
