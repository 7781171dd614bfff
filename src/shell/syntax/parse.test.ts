import { describe, expect, it } from 'vitest';
import { parseStep, ShellSyntaxError, type Step } from './parse.ts';

const argv = (step: Step) => step.map((c) => [c.first, ...c.rest.map((r) => r.command)].map((s) => s.words.map((w) => w.text)));

function rejection(line: string): { column: number; message: string } {
  try {
    parseStep(line);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { column: e.column, message: e.message };
    throw e;
  }
  throw new Error(`accepted: ${line}`);
}

describe('quote removal', () => {
  it.each([
    ['echo a b', [['echo', 'a', 'b']]],
    ["echo 'a b' \"c d\"", [['echo', 'a b', 'c d']]],
    ["echo 'it'\\''s'", [['echo', "it's"]]],
    ['echo "a \\"q\\" \\\\ \\$ \\a"', [['echo', 'a "q" \\ $ \\a']]],
    ['echo a\\ b \\#c', [['echo', 'a b', '#c']]],
    ['echo mixed\'one\'"two"three', [['echo', 'mixedonetwothree']]],
    ["echo '' \"\"", [['echo', '', '']]],
    ['echo a#b # comment', [['echo', 'a#b']]],
    ['echo $ a$ "$" \'$HOME\'', [['echo', '$', 'a$', '$', '$HOME']]],
    ['echo a~ x:~ -o=~', [['echo', 'a~', 'x:~', '-o=~']]],
    ['echo "*" \'?\' \\[', [['echo', '*', '?', '[']]],
    ['mount -t overlay overlay -o lowerdir=./a:./b,upperdir=./u ./m', [['mount', '-t', 'overlay', 'overlay', '-o', 'lowerdir=./a:./b,upperdir=./u', './m']]],
  ])('%s', (line, expected) => {
    expect(argv(parseStep(line))).toEqual([expected]);
  });
});

describe('lists', () => {
  it('splits ; and chains && ||', () => {
    const step = parseStep('a && b || c; d;');
    expect(argv(step)).toEqual([[['a'], ['b'], ['c']], [['d']]]);
    expect(step[0].rest.map((r) => r.op)).toEqual(['&&', '||']);
  });

  it('keeps word columns (1-based)', () => {
    const step = parseStep('  echo  "x y"');
    expect(step[0].first.words.map((w) => w.column)).toEqual([3, 9]);
  });
});

describe('redirections', () => {
  it.each([
    ['echo x > f', { kind: 'file', fd: 1, mode: 'truncate' }],
    ['echo x >> f', { kind: 'file', fd: 1, mode: 'append' }],
    ['echo x 2> f', { kind: 'file', fd: 2, mode: 'truncate' }],
    ['echo x 2>> f', { kind: 'file', fd: 2, mode: 'append' }],
    ['echo x &> f', { kind: 'file', fd: 'both', mode: 'truncate' }],
    ['echo x &>> f', { kind: 'file', fd: 'both', mode: 'append' }],
    ['echo x >& f', { kind: 'file', fd: 'both', mode: 'truncate' }],
    ['echo x >| f', { kind: 'file', fd: 1, mode: 'truncate', force: true }],
    ['echo x 2>| f', { kind: 'file', fd: 2, mode: 'truncate', force: true }],
    ['cat <> f', { kind: 'file', fd: 0, mode: 'readwrite' }],
    ['echo x 1<> f', { kind: 'file', fd: 1, mode: 'readwrite' }],
    ['echo x 2<>f', { kind: 'file', fd: 2, mode: 'readwrite' }],
    ['cat < f', { kind: 'file', fd: 0, mode: 'read' }],
    ['cat 0< f', { kind: 'file', fd: 0, mode: 'read' }],
    ['echo x 2>&1', { kind: 'dup', fd: 2, to: 1 }],
    ['echo x >&2', { kind: 'dup', fd: 1, to: 2 }],
    ['echo x 1>&2', { kind: 'dup', fd: 1, to: 2 }],
  ])('%s', (line, expected) => {
    const r = parseStep(line)[0].first.redirects[0];
    expect(r).toMatchObject(expected);
  });

  it('takes digits as a descriptor only when they touch the operator', () => {
    const c = parseStep('echo 2 > f')[0].first;
    expect(c.words.map((w) => w.text)).toEqual(['echo', '2']);
    expect(c.redirects[0]).toMatchObject({ fd: 1 });
  });

  it('allows a redirection with no command', () => {
    const c = parseStep('> f')[0].first;
    expect(c.words).toEqual([]);
    expect(c.redirects).toHaveLength(1);
  });

  it('keeps redirections in order, around words', () => {
    const c = parseStep('ls > out a 2>&1 b')[0].first;
    expect(c.words.map((w) => w.text)).toEqual(['ls', 'a', 'b']);
    expect(c.redirects.map((r) => r.kind)).toEqual(['file', 'dup']);
  });
});

describe('constructs outside the language are named, with their column', () => {
  it.each([
    ['echo $HOME', 6, 'variable `$HOME`'],
    ['echo "a $x"', 9, 'variable `$x`'],
    ['echo ${x}', 6, 'parameter expansion'],
    ['echo $1 ', 6, 'positional parameter'],
    ['echo $?', 6, 'special parameter `$?`'],
    ['echo $(ls)', 6, 'command substitution `$(...)`'],
    ['echo $((1+2))', 6, 'arithmetic expansion'],
    ['echo `ls`', 6, 'command substitution `...`'],
    ['echo "`ls`"', 7, 'command substitution'],
    ["echo $'a'", 6, 'ANSI-C quoting'],
    ['ls *.txt', 4, 'glob character `*`'],
    ['ls a?', 5, 'glob character `?`'],
    ['ls [ab]', 4, 'glob character `[`'],
    ['echo {a,b}', 6, 'brace expansion'],
    ['{ echo; }', 1, 'command group'],
    ['echo ~', 6, 'tilde expansion'],
    ['echo a=~/x', 8, 'tilde expansion'],
    ['echo a=b:~/x', 10, 'tilde expansion'],
    ['ls | cat', 4, 'pipe `|`'],
    ['ls |& cat', 4, 'pipe `|&`'],
    ['sleep 1 &', 9, 'background'],
    ['(cd x)', 1, 'subshell'],
    ['cat <<EOF', 5, 'here-document'],
    ['cat <<< x', 5, 'here-string'],
    ['cat <(ls)', 5, 'process substitution'],
    ['echo x 3<> f', 8, 'file descriptor 3'],
    ['echo x 0>| f', 8, 'file descriptor 0'],
    ['echo x 3> f', 8, 'file descriptor 3'],
    ['echo x >&-', 8, 'closing a file descriptor'],
    ['echo x >&3', 10, 'file descriptor 3'],
    ['X=1 echo', 1, 'variable assignment `X=...`'],
    ['X+=1', 1, 'variable assignment'],
    ['if true; then echo; fi', 1, 'keyword `if`'],
    ['for x in a; do echo; done', 1, 'keyword `for`'],
    ['while true; do echo; done', 1, 'keyword `while`'],
    ['function f', 1, 'keyword `function`'],
    ['! ls', 1, 'keyword `!`'],
    ['echo a \\', 8, 'line continuation'],
    ["echo 'abc", 6, 'unterminated single quote'],
    ['echo "abc', 6, 'unterminated double quote'],
    ['case x in', 1, 'keyword `case`'],
    ['echo x;; ', 7, '`;;`'],
  ])('%s', (line, column, fragment) => {
    const r = rejection(line);
    expect(r.message).toContain(fragment);
    expect(r.column).toBe(column);
  });

  it.each([
    ['&& ls', 1, "syntax error near unexpected token `&&'"],
    ['ls &&', 6, "syntax error near unexpected token `newline'"],
    ['ls ; ; ls', 6, "syntax error near unexpected token `;'"],
    ['echo >', 7, "syntax error near unexpected token `newline'"],
    ['echo > > f', 8, "syntax error near unexpected token `>'"],
  ])('syntax error: %s', (line, column, message) => {
    expect(rejection(line)).toEqual({ column, message });
  });

  it('treats quoted keywords and assignments as words, as bash does', () => {
    expect(argv(parseStep('echo if X=1'))).toEqual([[['echo', 'if', 'X=1']]]);
    expect(() => parseStep('"if"')).not.toThrow();
    expect(() => parseStep("'X=1'")).not.toThrow();
  });
});
