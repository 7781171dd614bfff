// The Image tab's tree over a small hand-made index: directories open on
// request, siblings sorted by each key, a filter keeping its matches and the
// directories above them (opened), the wasted bytes summed up the tree.
import { describe, expect, it } from 'vitest';
import { SEEN, SHADOWED, type ImageIndex } from '../../session/image-browse-types.ts';
import { keptRows, NO_FILTER, shapeOf, shownRows, type TreeFilter } from './tree-model.ts';

// /etc (L1), /etc/passwd (L2, 106 B, wastes 67), /etc/motd (deleted by L2, wastes 19), /usr (L1), /usr/lib (L1), /usr/lib/big.bin (L2, 3000 B, wastes 3000), /a.txt (L1, 5 B)
function index(): ImageIndex {
  const rows: [string, number, string, number, number, number, number][] = [
    ['etc', -1, 'd', 2, 106, 0, SEEN],
    ['passwd', 0, 'f', 2, 106, 67, SEEN | SHADOWED],
    ['motd', 0, 'w', 2, 0, 19, SHADOWED],
    ['usr', -1, 'd', 2, 3000, 0, SEEN],
    ['lib', 3, 'd', 2, 3000, 0, SEEN],
    ['big.bin', 4, 'f', 2, 3000, 3000, SEEN | SHADOWED],
    ['a.txt', -1, 'f', 1, 5, 0, SEEN],
  ];
  return {
    names: rows.map((r) => r[0]),
    parents: Int32Array.from(rows.map((r) => r[1])),
    types: rows.map((r) => r[2]).join(''),
    layers: Uint16Array.from(rows.map((r) => r[3])),
    sizes: Float64Array.from(rows.map((r) => r[4])),
    wasted: Float64Array.from(rows.map((r) => r[5])),
    flags: Uint8Array.from(rows.map((r) => r[6])),
    changed: [Int32Array.from([0, 1, 2, 3, 4, 5, 6]), Int32Array.from([0, 1, 2, 3, 4, 5])],
    storedBytes: 6197,
    hiddenBytes: 3086,
    efficiency: 0.5,
    dive: { wastedBytes: 6000, efficiency: 0.4, userSizeBytes: 3106, userWastedPercent: 1.9 },
    diff: { visibleCopies: 3106, missed: 0, underOpaque: 0, stillSeen: 0 },
  };
}

const ix = index();
const shape = shapeOf(ix);
const names = (rows: { row: number; depth: number }[]) => rows.map((r) => `${'  '.repeat(r.depth)}${ix.names[r.row]}`);

describe('the image tree', () => {
  it('lists the top level, and an opened directory’s entries below it', () => {
    const byName = { key: 'name', desc: false } as const;
    expect(names(shownRows(ix, shape, byName, NO_FILTER, new Set()))).toEqual(['a.txt', 'etc', 'usr']);
    expect(names(shownRows(ix, shape, byName, NO_FILTER, new Set([0, 3])))).toEqual(['a.txt', 'etc', '  motd', '  passwd', 'usr', '  lib']);
    expect(shape.path(5)).toBe('/usr/lib/big.bin');
  });

  it('sorts siblings by size, layer and wasted bytes (a directory’s are those below it)', () => {
    const open = new Set([0, 3, 4]);
    expect(names(shownRows(ix, shape, { key: 'size', desc: true }, NO_FILTER, open))).toEqual(['usr', '  lib', '    big.bin', 'etc', '  passwd', '  motd', 'a.txt']);
    expect(names(shownRows(ix, shape, { key: 'layer', desc: false }, NO_FILTER, new Set()))).toEqual(['a.txt', 'etc', 'usr']);
    expect(Array.from(shape.wastedBelow)).toEqual([86, 67, 19, 3000, 3000, 3000, 0]);
    expect(names(shownRows(ix, shape, { key: 'wasted', desc: true }, NO_FILTER, new Set()))).toEqual(['usr', 'etc', 'a.txt']);
  });

  it('filters by name, by layer and by waste, keeping and opening the directories above a match', () => {
    const by = (f: Partial<TreeFilter>) => names(shownRows(ix, shape, { key: 'name', desc: false }, { ...NO_FILTER, ...f }, new Set()));
    expect(by({ text: 'BIG' })).toEqual(['usr', '  lib', '    big.bin']);
    expect(Array.from(keptRows(ix, { ...NO_FILTER, text: 'big' })!)).toEqual([0, 0, 0, 2, 2, 1, 0]);
    expect(by({ layer: 2 })).toEqual(['etc', '  motd', '  passwd', 'usr', '  lib', '    big.bin']);
    expect(by({ wasted: true })).toEqual(['etc', '  motd', '  passwd', 'usr', '  lib', '    big.bin']);
    expect(by({ wasted: true, text: 'passwd' })).toEqual(['etc', '  passwd']);
    expect(by({ text: 'nothing' })).toEqual([]);
    // With a filter, a directory the user toggles is closed.
    expect(names(shownRows(ix, shape, { key: 'name', desc: false }, { ...NO_FILTER, layer: 2 }, new Set([0])))).toEqual(['etc', 'usr', '  lib', '    big.bin']);
  });
});
