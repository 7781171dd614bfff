// Lesson 1: the seed demo. Two plain directories become one view; the
// mount itself is the task, so the learner sees what mounting writes.
import { defineLesson, mountLine } from './define.ts';

const MOUNT = mountLine();

export default defineLesson({
  id: 'four-dirs',
  number: 1,
  setup: [
    'mkdir upper lower merged work',
    'echo "in lower" > lower/in_lower.txt',
    'echo "in upper" > upper/in_upper.txt',
    'echo "In both. from lower" > lower/in_both.txt',
    'echo "In both. from upper" > upper/in_both.txt',
  ],
  steps: [
    ['ls lower upper', 'cat lower/in_both.txt upper/in_both.txt'],
    [MOUNT],
    ['ls merged', 'cat merged/in_both.txt'],
    ['ls -a work work/work', 'getfattr -d -m - upper'],
    ['echo "in lower! after edit!" > merged/in_lower.txt', 'cat lower/in_lower.txt upper/in_lower.txt', 'rm -f merged/in_lower.txt', 'ls -l upper'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'mounted',
      expect: [
        { path: 'merged/in_both.txt', kind: 'file', content: 'In both. from upper\n' },
        { path: 'merged/in_upper.txt', kind: 'file', content: 'in upper\n' },
        { path: 'work/work', kind: 'dir', mode: '0000' },
        { path: 'upper', kind: 'dir', xattrs: { 'trusted.overlay.uuid': true } },
        { path: 'lower/in_both.txt', kind: 'file', content: 'In both. from lower\n' },
      ],
    },
    {
      kind: 'question',
      id: 'which-copy',
      choices: ['upper', 'lower', 'both', 'error'],
      answer: 'upper',
      proof: { run: [MOUNT, 'cat merged/in_both.txt'], expect: [], status: 0, stdout: 'In both. from upper\n' },
    },
  ],
  hints: 3,
  solution: [MOUNT],
  notes: 3,
});
