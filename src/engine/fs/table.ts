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
}

/** The disk's inodes by number. */
export type InodeTable = IntTable<Inode>;
export const emptyInodeTable = (): InodeTable => IntTable.empty<Inode>();
