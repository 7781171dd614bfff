// Lesson 7: hard links and index=on, then metacopy=on. Remounting between
// the two shows that only the index keeps lower hard links together.
import { defineLesson, mountLine } from './define.ts';

const APPEND = 'echo "edited" >> merged/a.txt';
const REMOUNT = mountLine('metacopy=on');
const CHMOD = 'chmod 600 merged/big.iso';

export default defineLesson({
  id: 'links-index-metacopy',
  number: 7,
  setup: [
    'mkdir lower upper work merged',
    'echo "shared" > lower/a.txt',
    'ln lower/a.txt lower/b.txt',
    'echo "4 GB disk image" > lower/big.iso',
    mountLine('index=on'),
  ],
  steps: [
    ['stat -c "%h links: %n" lower/a.txt lower/b.txt'],
    [APPEND, 'ls work/index', 'getfattr -d -m - upper/a.txt'],
    ['cat merged/b.txt', 'ls upper'],
    ['umount merged', REMOUNT, 'cat merged/b.txt'],
    [CHMOD, 'getfattr -d -m - upper/big.iso', 'cat merged/big.iso'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'indexed',
      expect: [
        { path: 'work/index/<fh>', kind: 'file', content: 'shared\nedited\n' },
        { path: 'upper/a.txt', kind: 'file', content: 'shared\nedited\n', xattrs: { 'trusted.overlay.nlink': true, 'trusted.overlay.origin': true } },
        { path: 'upper/b.txt', kind: 'absent' },
      ],
    },
    {
      kind: 'state',
      id: 'metacopy',
      expect: [
        { path: 'upper/big.iso', kind: 'file', mode: '0600', xattrs: { 'trusted.overlay.metacopy': true } },
        { path: 'merged/big.iso', kind: 'file', content: '4 GB disk image\n' },
      ],
    },
    {
      kind: 'question',
      id: 'b-with-index',
      choices: ['old', 'new', 'error'],
      answer: 'new',
      proof: { run: [APPEND, 'cat merged/b.txt'], stdout: 'shared\nedited\n', expect: [{ path: 'upper/b.txt', kind: 'absent' }] },
    },
    {
      kind: 'question',
      id: 'b-without-index',
      choices: ['old', 'new', 'error'],
      answer: 'old',
      proof: { run: [APPEND, 'umount merged', REMOUNT, 'cat merged/b.txt'], stdout: 'shared\n', expect: [] },
    },
  ],
  hints: 3,
  solution: [APPEND, 'umount merged', REMOUNT, CHMOD],
  notes: 4,
});
