import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { O_RDONLY } from '../engine/api.ts';
import { utf8Decode } from '../engine/bytes.ts';
import { Kernel } from '../engine/kernel.ts';
import { checkStep } from '../shell/check.ts';
import { runStep } from '../shell/run.ts';
import { childPath, mkdirCommand, relativeTo, removeCommand, renameCommand, shellWord, writeFileCommand } from './compose.ts';

function read(k: Kernel, path: string): string | null {
  const fd = k.open(path, O_RDONLY);
  if (!fd.ok) return null;
  const r = k.read(fd.value);
  k.close(fd.value);
  return r.ok ? utf8Decode(r.value) : null;
}

describe('commands for direct edits', () => {
  it('quotes only what bash would not take literally', () => {
    expect(shellWord('merged/a.txt')).toBe('merged/a.txt');
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('*.txt')).toBe("'*.txt'");
    expect(shellWord('')).toBe("''");
    expect(shellWord('~x')).toBe("'~x'");
  });

  it('makes paths relative to the working directory', () => {
    expect(relativeTo('', 'merged/a')).toBe('merged/a');
    expect(relativeTo('merged', 'merged/a')).toBe('a');
    expect(relativeTo('merged/d', 'upper/x')).toBe('../../upper/x');
    expect(relativeTo('merged', 'merged')).toBe('.');
  });

  it('writes exactly the text given, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('\0') && !s.includes('\r')), (text) => {
        const k = new Kernel();
        k.mkdir('d', 0o755);
        const cmd = writeFileCommand('', 'd/f', text);
        expect(checkStep(cmd)).toEqual([]);
        expect(runStep(k, cmd).status).toBe(0);
        expect(read(k, 'd/f')).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('builds mkdir, rm and mv lines the language accepts', () => {
    const k = new Kernel();
    for (const cmd of [mkdirCommand('', 'a dir'), writeFileCommand('', 'a dir/f', 'x\n'), renameCommand('', 'a dir', 'b'), removeCommand('', 'b', true)]) {
      expect(checkStep(cmd)).toEqual([]);
      expect(runStep(k, cmd)).toMatchObject({ status: 0, stderr: '' });
    }
    const left = k.readdir('.');
    expect(left.ok ? left.value : left).toEqual([]);
  });

  it('accepts a single name for a new entry', () => {
    expect(childPath('merged', 'a.txt')).toBe('merged/a.txt');
    expect(childPath('', 'a')).toBe('a');
    for (const bad of ['', '.', '..', 'a/b']) expect(childPath('merged', bad)).toBeNull();
  });
});
