// Lesson 10: a real container image, the bundled example or the learner's
// own. It has no setup scenario: the session is container c1 on the
// opened image (Lesson.image), so its goals name the container's upper
// and root by placeholder (`@upper`, `@merged`, bound in ../bind.ts), and
// its commands are typed in the container's root. The example is
// fixtures/images/ks-oci-zstd.tar (scripts/make-image-fixtures.sh): four
// layers, the second of which chmods usr/lib/big.bin and so copies all
// 3,000 bytes of it, the image's largest waste. The layers themselves are
// held to the kernel by the image oracle tests (tools/image-kernel.test.ts),
// not by the lesson scenario tests, which this lesson is left out of.
import { defineLesson } from './define.ts';

/** The file the lesson deletes: every Linux image has one, the example too. */
const DELETE = 'rm etc/passwd';

export default defineLesson({
  id: 'your-image',
  number: 10,
  image: true,
  setup: [],
  steps: [
    [],
    [],
    ['mount', 'cat ../lower', 'ls ..'],
    [DELETE, 'ls -la ../diff/etc', 'ls etc'],
    [],
    [],
  ],
  goals: [
    {
      kind: 'question',
      id: 'waste',
      choices: ['big-bin', 'passwd', 'motd'],
      answer: 'big-bin',
      // The copy the container sees is layer 2's (mode 0600); layer 1's 3,000 bytes stay in the image unseen.
      proof: { run: ['stat -c %a usr/lib/big.bin'], stdout: '600\n', expect: [{ path: '@merged/usr/lib/big.bin', kind: 'file', mode: '0600' }] },
    },
    {
      kind: 'question',
      id: 'upperdir',
      choices: ['diff', 'top', 'init', 'merged'],
      answer: 'diff',
      proof: { run: ['touch new-file'], expect: [{ path: '@upper/new-file', kind: 'file' }] },
    },
    {
      kind: 'state',
      id: 'whiteout',
      expect: [
        { path: '@merged/etc/passwd', kind: 'absent' },
        { path: '@upper/etc/passwd', kind: 'whiteout' },
      ],
    },
    {
      kind: 'question',
      id: 'commit',
      choices: ['wh-file', 'device', 'nothing', 'old'],
      answer: 'wh-file',
      // What the commit translates: the 0/0 device in the upper (the tar it becomes is checked in image-lesson.test.ts).
      proof: { run: [DELETE], expect: [{ path: '@upper/etc/passwd', kind: 'whiteout' }] },
    },
    // The Commit button (Image tab): the image gains a layer, whose tar the image reader lists.
    { kind: 'image', id: 'committed', of: 'commit', added: 1, entries: ['etc/.wh.passwd'] },
    // Export, the top layer alone: the tar the learner downloads, read back.
    { kind: 'image', id: 'exported', of: 'export', entries: ['etc/.wh.passwd'] },
  ],
  hints: 4,
  solution: [DELETE],
  actions: ['commit', 'export-layer'],
  notes: 4,
});
