import { describe, expect, it } from 'vitest';
import { editCommand, newEntryDir, type EditTarget } from './commands.ts';

const at = (path: string | null, isDir = false, cwd = ''): EditTarget => ({ root: 'merged', path, isDir, cwd });

describe('edit commands', () => {
  it('creates next to a file, inside a directory, or at the top', () => {
    expect(newEntryDir(at('etc/a.conf'))).toBe('etc');
    expect(newEntryDir(at('etc', true))).toBe('etc');
    expect(newEntryDir(at(null))).toBe('');
    expect(editCommand('file', at('etc', true), 'b.conf', 'x\n')).toBe("printf '%s\\n' x > merged/etc/b.conf");
    expect(editCommand('dir', at(null), 'new dir', '')).toBe("mkdir 'merged/new dir'");
  });

  it('edits, renames and deletes the selected entry', () => {
    expect(editCommand('edit', at('a.txt'), '', '')).toBe("printf '' > merged/a.txt");
    expect(editCommand('rename', at('d/a.txt'), 'b.txt', '')).toBe('mv -T merged/d/a.txt merged/d/b.txt');
    expect(editCommand('delete', at('d', true), '', '')).toBe('rm -r merged/d');
    expect(editCommand('delete', at('d/x', false, 'merged/d'), '', '')).toBe('rm x');
  });

  it('refuses names that are not one name', () => {
    expect(editCommand('file', at(null), 'a/b', '')).toBeNull();
    expect(editCommand('rename', at('a'), '..', '')).toBeNull();
  });
});
