import { describe, expect, it } from 'vitest';
import { applyMode, parseMode } from './mode.ts';

// Results checked against GNU chmod 9.1 with umask 022.
describe('applyMode', () => {
  it.each([
    ['600', 0o644, false, 0o600],
    ['u+x,g-r', 0o600, false, 0o700],
    ['=rw', 0o600, false, 0o644],
    ['a=r', 0o644, false, 0o444],
    ['+X', 0o644, false, 0o644],
    ['+X', 0o744, false, 0o755],
    ['+X', 0o600, true, 0o711],
    ['-w', 0o644, false, 0o444],
    ['go-rwx', 0o755, true, 0o700],
    ['u+s,o+t', 0o755, true, 0o5755],
    ['g=u', 0o740, false, 0o770],
    ['755', 0o2755, true, 0o2755],
    ['00755', 0o2755, true, 0o755],
    ['1777', 0o755, true, 0o1777],
    ['u+', 0o640, false, 0o640],
  ])('%s on %o (dir %s) -> %o', (mode, from, dir, to) => {
    const m = parseMode(mode);
    expect(m).not.toBeNull();
    expect(applyMode(m!, from, dir, 0o022)).toBe(to);
  });

  it.each(['9', '8', 'u+q', 'x', 'u', '77777', ''])('rejects %j', (mode) => {
    expect(parseMode(mode)).toBeNull();
  });
});
