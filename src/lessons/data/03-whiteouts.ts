// Lesson 3: deleting. One file per case (lower only, both, upper only), so
// the learner sees when a whiteout is needed and when a plain unlink is.
import { defineLesson, mountLine } from './define.ts';

const RM = 'rm merged/big.log merged/notes.txt merged/scratch.txt';

export default defineLesson({
  id: 'whiteouts',
  number: 3,
  setup: [
    'mkdir lower upper work merged',
    'echo "2 GB of old logs" > lower/big.log',
    'echo "lower notes" > lower/notes.txt',
    'echo "upper notes" > upper/notes.txt',
    'echo "scratch" > upper/scratch.txt',
    mountLine(),
  ],
  steps: [
    ['ls lower upper merged'],
    ['rm merged/big.log', 'ls -l upper'],
    ['rm merged/notes.txt', 'rm merged/scratch.txt', 'ls -l upper'],
    ['cat lower/big.log', 'ls merged'],
    ['ls -l work/work'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'removed',
      expect: [
        { path: 'merged/big.log', kind: 'absent' },
        { path: 'merged/notes.txt', kind: 'absent' },
        { path: 'merged/scratch.txt', kind: 'absent' },
        { path: 'upper/big.log', kind: 'whiteout' },
        { path: 'upper/notes.txt', kind: 'whiteout' },
        { path: 'upper/scratch.txt', kind: 'absent' },
        { path: 'lower/big.log', kind: 'file', content: '2 GB of old logs\n' },
      ],
    },
    {
      kind: 'question',
      id: 'bytes',
      choices: ['freed', 'upper', 'lower', 'work'],
      answer: 'lower',
      proof: {
        run: ['rm merged/big.log'],
        expect: [
          { path: 'lower/big.log', kind: 'file', content: '2 GB of old logs\n' },
          { path: 'upper/big.log', kind: 'whiteout' },
        ],
      },
    },
    {
      kind: 'predict',
      id: 'predict-rm',
      command: 'rm merged/notes.txt merged/scratch.txt',
      ask: ['notes.txt', 'scratch.txt', 'big.log'],
      marks: { upper: ['absent', 'file', 'whiteout'] },
    },
  ],
  hints: 3,
  solution: [RM],
  notes: 4,
});
