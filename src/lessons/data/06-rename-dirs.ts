// Lesson 6: renaming directories. Without redirect_dir, rename(2) of a
// lower directory fails with EXDEV and mv copies the tree; with it, the
// directory alone moves and remembers its old name.
import { defineLesson, mountLine } from './define.ts';

const MV_EXDEV = 'mv merged/photos merged/pictures';
const REMOUNT = mountLine('redirect_dir=on');
const MV_REDIRECT = 'mv merged/music merged/songs';

export default defineLesson({
  id: 'rename-dirs',
  number: 6,
  setup: [
    'mkdir lower upper work merged',
    'mkdir -p lower/photos/2024 lower/music',
    'echo "jpeg bytes" > lower/photos/2024/beach.jpg',
    'echo "jpeg bytes" > lower/photos/cat.jpg',
    'echo "mp3 bytes" > lower/music/track1.mp3',
    'echo "mp3 bytes" > lower/music/track2.mp3',
    mountLine(),
  ],
  steps: [
    [MV_EXDEV],
    ['ls -R upper', 'getfattr -d -m - upper/pictures/cat.jpg'],
    ['umount merged', REMOUNT],
    [MV_REDIRECT, 'getfattr -n trusted.overlay.redirect upper/songs'],
    ['ls -a upper/songs', 'ls merged/songs'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'renamed',
      expect: [
        { path: 'upper/photos', kind: 'whiteout' },
        { path: 'upper/pictures', kind: 'dir', xattrs: { 'trusted.overlay.redirect': false } },
        { path: 'upper/pictures/cat.jpg', kind: 'file', xattrs: { 'trusted.overlay.origin': false } },
        { path: 'upper/music', kind: 'whiteout' },
        { path: 'upper/songs', kind: 'dir', xattrs: { 'trusted.overlay.redirect': 'music' } },
        { path: 'upper/songs/track1.mp3', kind: 'absent' },
        { path: 'merged/songs/track1.mp3', kind: 'file', content: 'mp3 bytes\n' },
      ],
    },
    {
      kind: 'question',
      id: 'copied',
      choices: ['copy-up', 'mv-copy', 'redirect', 'lower'],
      answer: 'mv-copy',
      proof: {
        run: [MV_EXDEV],
        status: 0,
        expect: [
          { path: 'upper/pictures/cat.jpg', kind: 'file', xattrs: { 'trusted.overlay.origin': false } },
          { path: 'upper/pictures', kind: 'dir', xattrs: { 'trusted.overlay.redirect': false } },
        ],
      },
    },
    {
      kind: 'predict',
      id: 'predict-mv-file',
      command: 'mv merged/photos/cat.jpg merged/cat.jpg',
      ask: ['cat.jpg', 'photos', 'photos/cat.jpg'],
      marks: { upper: ['absent', 'file', 'dir', 'opaque', 'redirect', 'whiteout'] },
    },
  ],
  hints: 3,
  solution: [MV_EXDEV, 'umount merged', REMOUNT, MV_REDIRECT],
  notes: 4,
});
