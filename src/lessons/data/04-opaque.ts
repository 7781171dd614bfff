// Lesson 4: opaque directories. rm -rf then mkdir of a lower directory must
// not bring its old files back; the rmdir rules come with it.
import { defineLesson, mountLine } from './define.ts';

export default defineLesson({
  id: 'opaque',
  number: 4,
  setup: [
    'mkdir lower upper work merged',
    'mkdir -p lower/cache lower/docs lower/empty',
    'echo "a" > lower/cache/a.tmp',
    'echo "b" > lower/cache/b.tmp',
    'echo "guide" > lower/docs/guide.txt',
    mountLine(),
  ],
  steps: [
    ['rmdir merged/docs', 'ls upper'],
    ['rm -rf merged/cache', 'ls -l upper'],
    ['mkdir merged/cache', 'ls merged/cache', 'getfattr -n trusted.overlay.opaque upper/cache'],
    ['rmdir merged/empty', 'ls -l upper'],
    ['getfattr -n trusted.overlay.opaque merged/cache'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'fresh-cache',
      expect: [
        { path: 'upper/cache', kind: 'opaque' },
        { path: 'merged/cache', kind: 'dir' },
        { path: 'merged/cache/a.tmp', kind: 'absent' },
        { path: 'merged/cache/b.tmp', kind: 'absent' },
        { path: 'lower/cache/a.tmp', kind: 'file', content: 'a\n' },
      ],
    },
    {
      kind: 'question',
      id: 'rmdir-docs',
      choices: ['fails', 'whiteout', 'lower'],
      answer: 'fails',
      proof: {
        run: ['rmdir merged/docs'],
        status: 1,
        expect: [
          { path: 'merged/docs/guide.txt', kind: 'file' },
          { path: 'upper/docs', kind: 'absent' },
        ],
      },
    },
    {
      kind: 'predict',
      id: 'predict-recreate',
      command: 'rm -rf merged/cache && mkdir merged/cache',
      ask: ['cache', 'cache/a.tmp'],
      marks: { upper: ['absent', 'file', 'dir', 'opaque', 'whiteout'] },
    },
  ],
  hints: 3,
  solution: ['rm -rf merged/cache', 'mkdir merged/cache'],
  notes: 4,
});
