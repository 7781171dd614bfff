// Lesson 2: copy-up. A deep lower file is edited through merged/, so the
// parent chain and the work/work staging both show in the micro-steps.
import { defineLesson, mountLine } from './define.ts';

const EDIT = 'echo "color=green" > merged/etc/app/app.conf';

export default defineLesson({
  id: 'copy-up',
  number: 2,
  setup: [
    'mkdir lower upper work merged',
    'mkdir -p lower/etc/app',
    'echo "color=blue" > lower/etc/app/app.conf',
    'echo "1.0" > lower/etc/app/VERSION',
    'echo "hello" > lower/readme.txt',
    mountLine(),
  ],
  steps: [
    ['cat merged/readme.txt merged/etc/app/app.conf', 'ls -a upper'],
    [EDIT],
    ['ls -R upper'],
    ['cat lower/etc/app/app.conf', 'ls upper/etc/app merged/etc/app'],
    ['getfattr -d -m - upper/etc/app/app.conf', 'getfattr -d -m - upper upper/etc'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'edited',
      expect: [
        { path: 'merged/etc/app/app.conf', kind: 'file', content: 'color=green\n' },
        { path: 'upper/etc/app/app.conf', kind: 'file', content: 'color=green\n', xattrs: { 'trusted.overlay.origin': true } },
        { path: 'upper/etc', kind: 'dir', xattrs: { 'trusted.overlay.origin': true } },
        { path: 'upper/etc/app/VERSION', kind: 'absent' },
        { path: 'lower/etc/app/app.conf', kind: 'file', content: 'color=blue\n' },
      ],
    },
    {
      kind: 'predict',
      id: 'predict-append',
      command: 'echo "world" >> merged/readme.txt',
      ask: ['readme.txt', 'etc'],
      marks: { upper: ['absent', 'file', 'dir'] },
    },
    {
      kind: 'question',
      id: 'touch',
      choices: ['data', 'metadata', 'nothing'],
      answer: 'data',
      proof: { run: ['touch merged/etc/app/VERSION'], expect: [{ path: 'upper/etc/app/VERSION', kind: 'file', content: '1.0\n' }] },
    },
  ],
  hints: 3,
  solution: [EDIT],
  notes: 4,
});
