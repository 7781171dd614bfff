import { describe, expect, it } from 'vitest';
import { checkScript, checkStep, formatDiagnostic } from './check.ts';

const steps = (...lines: string[]) => lines.map((source, i) => ({ line: i + 1, source }));

describe('checkScript', () => {
  it('accepts a whole lesson', () => {
    expect(
      checkScript(
        steps(
          'mkdir upper lower merged work',
          'echo "in lower" > lower/in_lower.txt',
          'mknod lower/wh c 0 0 && setfattr -n trusted.overlay.opaque -v y lower',
          'mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged',
          'echo "edit" >> merged/in_lower.txt; cat merged/in_lower.txt',
          'rm -f merged/in_lower.txt 2>/dev/null || echo failed',
          'ls -la merged > listing.txt 2>&1',
          'umount merged',
        ),
      ),
    ).toEqual([]);
  });

  it('reports a bad line anywhere, with its line and column, before anything runs', () => {
    const lines = Array.from({ length: 39 }, () => 'echo ok');
    lines.push('echo $HOME');
    const d = checkScript(steps(...lines));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 40, column: 6 });
    expect(d[0].message).toContain('variable `$HOME`');
    expect(formatDiagnostic(d[0])).toMatch(/^line 40, column 6: /);
  });

  it('reports every problem, not only the first', () => {
    const d = checkScript(steps('ls | cat', 'frobnicate x', 'rm -i x'));
    expect(d.map((x) => [x.line, x.column])).toEqual([
      [1, 4],
      [2, 1],
      [3, 4],
    ]);
  });

  it.each([
    ['frobnicate x', 1, '`frobnicate` is not a command of the scenario language'],
    ['/bin/ls', 1, 'is not a command'],
    ['rm -i x', 4, "rm: option '-i' is not supported"],
    ['ls --color x', 4, "ls: option '--color' is not supported"],
    ['cat /etc/passwd', 5, "absolute path '/etc/passwd'"],
    ['echo x > /tmp/f', 10, "absolute path '/tmp/f'"],
    ['cd', 1, '$HOME'],
    ['cd -', 4, '$OLDPWD'],
    ['mount -t ext4 /dev/sda1 m', 10, 'overlays only'],
    ['mount -t overlay overlay -o lowerdir=/abs,upperdir=u m', 29, 'absolute path'],
    ['mount -t overlay overlay -o nosuid,lowerdir=a:b m', 29, "'nosuid' is not supported"],
    ['mount m', 7, '/etc/fstab'],
    ['printf -v x y', 8, '`-v` assigns a variable'],
    ["printf '%a' 1", 8, 'conversion %a'],
    ['ln -s /etc/passwd x', 7, "absolute path '/etc/passwd'"],
  ])('%s', (line, column, fragment) => {
    const d = checkStep(line);
    expect(d).toHaveLength(1);
    expect(d[0].column).toBe(column);
    expect(d[0].message).toContain(fragment);
  });

  it.each([
    'echo x > /dev/null',
    'ls nosuch 2>/dev/null',
    'cat < /dev/null',
    'cat /dev/null',
    'echo /etc/passwd',
    "printf '%s\\n' /abs",
    'rm',
    'mkdir',
    'mknod x q',
    'chmod 999 f',
  ])('accepts %s (usage errors are the tools\' own business at run time)', (line) => {
    expect(checkStep(line)).toEqual([]);
  });
});

describe('set: noclobber only, the rest named', () => {
  it.each(['set -C', 'set +C', 'set -o noclobber', 'set +o noclobber', 'set -Co noclobber', 'set -C +C'])('accepts %s', (line) => {
    expect(checkStep(line)).toEqual([]);
  });

  it.each([
    ['set -e', 5, 'the shell option `-e` (errexit)'],
    ['set -Cx', 5, 'the shell option `-x` (xtrace)'],
    ['set -o pipefail', 8, 'the shell option `pipefail`'],
    ['set -o', 5, 'without an option name'],
    ['set', 1, 'lists the shell\'s variables'],
    ['set -- a b', 5, 'positional parameters'],
    ['set a', 5, 'positional parameters'],
  ])('rejects %s', (line, column, fragment) => {
    const d = checkStep(line);
    expect(d).toHaveLength(1);
    expect(d[0].column).toBe(column);
    expect(d[0].message).toContain(fragment);
  });
});
