import { describe, expect, it } from 'vitest';
import { compareC, fromBytes, quote, quotef, toBytes } from './text.ts';

// Each expectation is what coreutils 9.1 printed with LC_ALL=C.
describe('quote (rm, mv, cp...)', () => {
  it.each([
    ['f', "'f'"],
    ["a'b", `"a'b"`],
    ["a'b c", `"a'b c"`],
    ["a'b$c", `'a'\\''b$c'`],
    [`a'b"c`, `'a'\\''b"c'`],
    ["a'b*", `'a'\\''b*'`],
    ['a b', "'a b'"],
    ['a"b', `'a"b'`],
    ["a'b\nc", `'a'\\''b'$'\\n''c'`],
    ['a\tb', `'a'$'\\t''b'`],
    ['é', `''$'\\303\\251'`],
  ])('%j -> %s', (name, q) => expect(quote(name)).toBe(q));
});

describe('quotef (cat, mknod...)', () => {
  it.each([
    ['a=b', "'a=b'"],
    ['a@b', 'a@b'],
    ['a:b', "'a:b'"],
    ['a,b', 'a,b'],
    ['#a', "'#a'"],
    ['a#', 'a#'],
    ['~a', "'~a'"],
    ['a~', 'a~'],
    ['a{b}', 'a{b}'],
    ['a]b', 'a]b'],
    ['a^b', "'a^b'"],
    ['a%b', 'a%b'],
    ["a'b@c", `"a'b@c"`],
    ["a'b=c", `'a'\\''b=c'`],
    ["a'b#c", `'a'\\''b#c'`],
    ["a'b{c", `'a'\\''b{c'`],
    ["a'b]c", `"a'b]c"`],
    ["a'b:c", `"a'b:c"`],
    ["a'b;c", `'a'\\''b;c'`],
    ['a b', "'a b'"],
    ['', "''"],
  ])('%j -> %s', (name, q) => expect(quotef(name)).toBe(q));
});

describe('bytes', () => {
  it('round-trips UTF-8', () => {
    expect(toBytes('é')).toBe('\xc3\xa9');
    expect(fromBytes('\xc3\xa9')).toBe('é');
    expect(fromBytes('\xff')).toBe('\ufffd');
  });

  it('sorts as LC_ALL=C does (bytes)', () => {
    expect(['b', 'B', '_x', '-d', '.', '..', '10', '9', 'é', 'z'].sort(compareC)).toEqual(['-d', '.', '..', '10', '9', 'B', '_x', 'b', 'z', 'é']);
  });
});
