// The inode table: inode number -> inode, persistent. Inode numbers are
// handed out in order and never reused, so the table is a persistent
// vector indexed by number (a 32-way trie of arrays) rather than a hash
// map: a lookup is a few array reads with no hashing, which matters when a
// listing of 10,000 names reads 10,000 inodes. A removed inode leaves a
// hole. Changes copy one path of the trie, as any persistent map does, so
// every recorded state keeps sharing what it did not change.
import { List } from 'immutable';
import type { Ino, Inode } from './inode.ts';

/** What a batch of changes (`withMutations`) may do to the table. */
export interface InodeWriter {
  get(ino: Ino): Inode | undefined;
  set(ino: Ino, inode: Inode): void;
  delete(ino: Ino): void;
}

export class InodeTable {
  private constructor(
    private readonly slots: List<Inode | undefined>,
    /** Inodes in the table (holes not counted). */
    readonly size: number,
  ) {}

  static empty(): InodeTable {
    return new InodeTable(List(), 0);
  }

  get(ino: Ino): Inode | undefined {
    // List.get counts a negative index from the end: no inode has one.
    return ino >= 0 ? this.slots.get(ino) : undefined;
  }

  has(ino: Ino): boolean {
    return this.get(ino) !== undefined;
  }

  set(ino: Ino, inode: Inode): InodeTable {
    if (!(ino >= 0) || !Number.isInteger(ino)) throw new RangeError(`inode number ${ino}`);
    const had = this.get(ino);
    if (had === inode) return this;
    return new InodeTable(this.slots.set(ino, inode), had === undefined ? this.size + 1 : this.size);
  }

  delete(ino: Ino): InodeTable {
    if (this.get(ino) === undefined) return this;
    return new InodeTable(this.slots.set(ino, undefined), this.size - 1);
  }

  /** Many changes at once on a transient copy: the table made by `f`'s changes. */
  withMutations(f: (w: InodeWriter) => void): InodeTable {
    let size = this.size;
    const slots = this.slots.withMutations((l) => {
      const get = (ino: Ino) => (ino >= 0 ? l.get(ino) : undefined);
      f({
        get,
        set(ino, inode) {
          if (!(ino >= 0) || !Number.isInteger(ino)) throw new RangeError(`inode number ${ino}`);
          if (get(ino) === undefined) size++;
          l.set(ino, inode);
        },
        delete(ino) {
          if (get(ino) === undefined) return;
          size--;
          l.set(ino, undefined);
        },
      });
    });
    return slots === this.slots ? this : new InodeTable(slots, size);
  }

  /** Every inode, by number. */
  *values(): IterableIterator<Inode> {
    for (const i of this.slots) if (i !== undefined) yield i;
  }

  /** [number, inode] for every inode, by number. */
  *entries(): IterableIterator<[Ino, Inode]> {
    let ino = 0;
    for (const i of this.slots) {
      if (i !== undefined) yield [ino, i];
      ino++;
    }
  }

  [Symbol.iterator](): IterableIterator<[Ino, Inode]> {
    return this.entries();
  }
}
