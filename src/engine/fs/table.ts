// The inode table: inode number -> inode, persistent (and any other map
// keyed by inode number, such as the dentry cache's pins). Inode numbers are
// handed out in order and never reused, so the table is a persistent
// vector indexed by number (a 32-way trie of arrays) rather than a hash
// map: a lookup is a few array reads with no hashing, which matters when a
// listing of 10,000 names reads 10,000 inodes. A removed inode leaves a
// hole. Changes copy one path of the trie, as any persistent map does, so
// every recorded state keeps sharing what it did not change.
import { List } from 'immutable';
import type { Ino, Inode } from './inode.ts';

/** What a batch of changes (`withMutations`) may do to the table. */
export interface TableWriter<T> {
  get(ino: Ino): T | undefined;
  set(ino: Ino, value: T): void;
  delete(ino: Ino): void;
}

/** A persistent map from small non-negative integers (inode numbers) to values. */
export class IntTable<T> {
  private constructor(
    private readonly slots: List<T | undefined>,
    /** Values in the table (holes not counted). */
    readonly size: number,
  ) {}

  static empty<T>(): IntTable<T> {
    return new IntTable<T>(List(), 0);
  }

  get(ino: Ino): T | undefined {
    // List.get counts a negative index from the end: no inode has one.
    return ino >= 0 ? this.slots.get(ino) : undefined;
  }

  has(ino: Ino): boolean {
    return this.get(ino) !== undefined;
  }

  set(ino: Ino, value: T): IntTable<T> {
    if (!(ino >= 0) || !Number.isInteger(ino)) throw new RangeError(`inode number ${ino}`);
    const had = this.get(ino);
    if (had === value) return this;
    return new IntTable(this.slots.set(ino, value), had === undefined ? this.size + 1 : this.size);
  }

  delete(ino: Ino): IntTable<T> {
    if (this.get(ino) === undefined) return this;
    return new IntTable(this.slots.set(ino, undefined), this.size - 1);
  }

  /** Many changes at once on a transient copy: the table made by `f`'s changes. */
  withMutations(f: (w: TableWriter<T>) => void): IntTable<T> {
    let size = this.size;
    const slots = this.slots.withMutations((l) => {
      const get = (ino: Ino) => (ino >= 0 ? l.get(ino) : undefined);
      f({
        get,
        set(ino, value) {
          if (!(ino >= 0) || !Number.isInteger(ino)) throw new RangeError(`inode number ${ino}`);
          if (get(ino) === undefined) size++;
          l.set(ino, value);
        },
        delete(ino) {
          if (get(ino) === undefined) return;
          size--;
          l.set(ino, undefined);
        },
      });
    });
    return slots === this.slots ? this : new IntTable(slots, size);
  }

  /** Every value, by number. */
  *values(): IterableIterator<T> {
    for (const i of this.slots) if (i !== undefined) yield i;
  }

  /** Every number that has a value, in order. */
  *keys(): IterableIterator<Ino> {
    for (const [ino] of this.entries()) yield ino;
  }

  /** [number, value] for every value, by number. */
  *entries(): IterableIterator<[Ino, T]> {
    let ino = 0;
    for (const i of this.slots) {
      if (i !== undefined) yield [ino, i];
      ino++;
    }
  }

  [Symbol.iterator](): IterableIterator<[Ino, T]> {
    return this.entries();
  }

  /**
   * The numbers whose value is not the very same as in `older` (changed,
   * added or removed), found by comparing the two tries node by node: what
   * both share is skipped, so this costs what changed, not the table's
   * size. null when the tables cannot be compared so (an unexpected shape);
   * then a caller must assume anything changed.
   */
  changedSince(older: IntTable<T>): Ino[] | null {
    return trieDiff(older.slots as unknown as ListShape, this.slots as unknown as ListShape, (i) => older.get(i) !== this.get(i));
  }
}

/** What an immutable List is made of (a 32-way trie and a tail): read, never written. */
interface ListShape {
  size: number;
  _origin?: number;
  _capacity?: number;
  _level?: number;
  _root?: TrieNode | null;
  _tail?: TrieNode | null;
}
interface TrieNode {
  array: (TrieNode | unknown)[];
}
const BITS = 5;
const WIDTH = 1 << BITS;
const tailOffset = (capacity: number) => (capacity < WIDTH ? 0 : ((capacity - 1) >>> BITS) << BITS);

/** The trie node of `l` that covers `index` at `level` (0: a leaf of values), or undefined. */
function nodeAt(l: ListShape, index: number, level: number): TrieNode | undefined {
  if (index >= tailOffset(l._capacity!)) return level === 0 ? (l._tail ?? undefined) : undefined;
  if (l._level! < level || index >= 1 << (l._level! + BITS)) return undefined;
  let node = l._root ?? undefined;
  for (let lv = l._level!; node && lv > level; lv -= BITS) node = node.array[(index >>> lv) & (WIDTH - 1)] as TrieNode | undefined;
  return node;
}

function trieDiff(a: ListShape, b: ListShape, differs: (i: number) => boolean): number[] | null {
  const shaped = (l: ListShape) => l._origin === 0 && typeof l._capacity === 'number' && typeof l._level === 'number' && l.size === l._capacity;
  if (a.size === 0) a = { ...b, size: 0, _capacity: 0, _root: null, _tail: null, _level: BITS };
  if (!shaped(a) || !shaped(b) || b.size < a.size) return null;
  const out: number[] = [];
  const leaf = (from: number) => {
    for (let i = from; i < from + WIDTH && i < b.size; i++) if (differs(i)) out.push(i);
  };
  const visit = (node: TrieNode | undefined, level: number, offset: number) => {
    if (!node || offset >= b.size) return;
    if (nodeAt(a, offset, level) === node && offset + (WIDTH << level) <= tailOffset(a._capacity!)) return;
    if (level === 0) return leaf(offset);
    for (let i = 0; i < WIDTH; i++) visit(node.array[i] as TrieNode | undefined, level - BITS, offset + (i << level));
  };
  visit(b._root ?? undefined, b._level!, 0);
  const tail = tailOffset(b._capacity!);
  if (tail < b.size && nodeAt(a, tail, 0) !== b._tail) leaf(tail);
  return out;
}

/** The disk's inodes by number. */
export type InodeTable = IntTable<Inode>;
export const emptyInodeTable = (): InodeTable => IntTable.empty<Inode>();
