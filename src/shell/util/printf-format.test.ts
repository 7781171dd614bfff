import { describe, expect, it } from 'vitest';
import { printf, readInteger, shellQuote } from './printf-format.ts';

// Expectations are bash 5.2's printf builtin with LC_ALL=C.
describe('printf', () => {
  it.each([
    ['%s-%d\\n', ['a', '1', 'b', '2', 'c'], 'a-1\nb-2\nc-0\n'],
    ['%5s|%-5s|%05d|%x|%X|%o|%c|%%\\n', ['ab', 'cd', '42', '255', '255', '8', 'xyz'], '   ab|cd   |00042|ff|FF|10|x|%\n'],
    ['%d %i %u\\n', ['-3', '+7', '010'], '-3 7 8\n'],
    ['%.3s|%10.4f|%e|%g|%g\\n', ['abcdef', '3.14159265', '12345.678', '0.0001', '123456789'], 'abc|    3.1416|1.234568e+04|0.0001|1.23457e+08\n'],
    ['%+d|% d|%#x|%#o|%-3d|\\n', ['5', '5', '255', '8', '7'], '+5| 5|0xff|010|7  |\n'],
    ['%u\\n', ['-1'], '18446744073709551615\n'],
    ['%d\\n', ["'A", '0x10', '010'], '65\n16\n8\n'],
    ['x\\n', ['extra', 'args'], 'x\n'],
    ['%s\\n', [], '\n'],
    ['\\101\\x42\\u00e9\\t\\n', [], 'AB\xc3\xa9\t\n'],
    ['%b|\\n', ['\\0101\\101\\x41'], 'AAA|\n'],
    ['%b|\\n', ['stop\\chere', 'more'], 'stop'],
    ['a\\cb\\n', [], 'a\\cb\n'],
    ['%c|%5c|\\n', ['', 'ab'], '\0|    a|\n'],
    ['%*d|%-*d|\\n', ['4', '7', '3', '8'], '   7|8  |\n'],
  ])('%j %j', (format, args, out) => {
    expect(printf(format, args).bytes).toBe(out);
  });

  it('reports a bad number, prints what parsed, and fails', () => {
    expect(printf('%d\\n', ['12abc'])).toEqual({ bytes: '12\n', errors: ['12abc: invalid number'], status: 1 });
  });

  it('stops at an invalid conversion', () => {
    expect(printf('a%yb', [])).toEqual({ bytes: 'a', errors: ["`y': invalid format character"], status: 1 });
    // Length modifiers are skipped: %zb is %b.
    expect(printf('a%zb|', [])).toEqual({ bytes: 'a|', errors: [], status: 0 });
  });

  it('reads integers like strtoimax', () => {
    expect(readInteger('  -0x1f').value).toBe(-31n);
    expect(readInteger('077').value).toBe(63n);
    expect(readInteger('').error).toBeUndefined();
    expect(readInteger('x').error).toBe('x: invalid number');
  });

  it.each([
    ['a b', 'a\\ b'],
    ["it's", "it\\'s"],
    ['', "''"],
    ['x!y', 'x\\!y'],
    ['~a', '\\~a'],
    ['a~', 'a~'],
    ['#a', '\\#a'],
    ['a=b', 'a=b'],
    ['tab\tx', "$'tab\\tx'"],
    ['a\nb', "$'a\\nb'"],
  ])('%%q of %j is %s', (s, q) => expect(shellQuote(s)).toBe(q));
});
