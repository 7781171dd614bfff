// Lesson 8: an overlay with no upperdir. Mounting it is the task, and the
// one-lower mistake is the first thing the learner tries.
import { defineLesson } from './define.ts';

const ONE = 'mount -t overlay overlay -o lowerdir=./app ./merged';
const TWO = 'mount -t overlay overlay -o lowerdir=./app:./base ./merged';

export default defineLesson({
  id: 'read-only',
  number: 8,
  setup: [
    'mkdir app base merged',
    'mkdir -p base/etc app/etc',
    'echo "base config" > base/etc/app.conf',
    'echo "os" > base/etc/os-release',
    'echo "app config" > app/etc/app.conf',
    'echo "app binary" > app/run',
  ],
  steps: [[ONE], [TWO], ['cat merged/etc/app.conf', 'ls merged merged/etc'], ['echo "edit" > merged/etc/app.conf', 'rm merged/etc/os-release', 'mkdir merged/new', 'ls app base'], []],
  goals: [
    {
      kind: 'state',
      id: 'mounted',
      expect: [
        { path: 'merged/etc/app.conf', kind: 'file', content: 'app config\n' },
        { path: 'merged/etc/os-release', kind: 'file', content: 'os\n' },
        { path: 'merged/run', kind: 'file' },
      ],
    },
    {
      kind: 'question',
      id: 'one-lower',
      choices: ['read-only', 'fails', 'writes-lower'],
      answer: 'fails',
      proof: { run: [ONE], status: 32, expect: [{ path: 'merged/etc', kind: 'absent' }] },
    },
    {
      kind: 'predict',
      id: 'predict-write',
      before: [TWO],
      command: 'rm merged/etc/os-release',
      ask: ['etc/os-release', 'etc'],
      columns: ['merged'],
      askStatus: true,
    },
  ],
  hints: 2,
  solution: [TWO],
  notes: 4,
});
