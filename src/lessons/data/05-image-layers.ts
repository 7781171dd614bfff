// Lesson 5: an nginx-like image as three lower layers. The middle layer
// (the nginx install) carries a whiteout and an opaque directory, the way
// Docker unpacks `rm` and `rm -rf dir && mkdir dir` from a build step.
import { defineLesson, mountLine } from './define.ts';

const LOWERS = './config:./nginx:./base';
const EDIT = 'echo "server { listen 8080; root /var/www/html; }" > merged/etc/nginx/conf.d/default.conf';
const APT_LIST = 'var/lib/apt/lists/deb.debian.org_bookworm_Packages';

export default defineLesson({
  id: 'image-layers',
  number: 5,
  setup: [
    'mkdir base nginx config upper work merged',
    'mkdir -p base/etc base/var/lib/apt/lists base/var/www/html',
    'echo "PRETTY_NAME=Debian GNU/Linux 12" > base/etc/os-release',
    `echo "package index, 40 MB" > base/${APT_LIST}`,
    'echo "Apache default page" > base/var/www/html/index.html',
    'echo "old welcome page" > base/var/www/html/welcome.html',
    'mkdir -p nginx/usr/sbin nginx/etc/nginx/conf.d nginx/var/lib/apt/lists nginx/var/www/html',
    'echo "nginx binary" > nginx/usr/sbin/nginx',
    'echo "worker_processes auto;" > nginx/etc/nginx/nginx.conf',
    'echo "server { listen 80; }" > nginx/etc/nginx/conf.d/default.conf',
    `mknod nginx/${APT_LIST} c 0 0`,
    'setfattr -n trusted.overlay.opaque -v y nginx/var/www/html',
    'echo "Welcome to nginx!" > nginx/var/www/html/index.nginx-debian.html',
    'mkdir -p config/etc/nginx/conf.d config/var/www/html',
    'echo "server { listen 80; root /var/www/html; }" > config/etc/nginx/conf.d/default.conf',
    'echo "Hello from my site" > config/var/www/html/index.html',
    mountLine('', LOWERS),
  ],
  steps: [
    ['ls base nginx config', 'ls merged merged/etc/nginx'],
    ['cat merged/etc/nginx/conf.d/default.conf', 'cat nginx/etc/nginx/conf.d/default.conf'],
    ['ls merged/var/lib/apt/lists', 'ls -l nginx/var/lib/apt/lists', `cat base/${APT_LIST}`],
    ['ls merged/var/www/html', 'ls base/var/www/html', 'getfattr -n trusted.overlay.opaque nginx/var/www/html'],
    [EDIT, 'ls -R upper', 'cat config/etc/nginx/conf.d/default.conf'],
  ],
  goals: [
    {
      kind: 'state',
      id: 'edited',
      expect: [
        { path: 'merged/etc/nginx/conf.d/default.conf', kind: 'file', content: 'server { listen 8080; root /var/www/html; }\n' },
        { path: 'upper/etc/nginx/conf.d/default.conf', kind: 'file', content: 'server { listen 8080; root /var/www/html; }\n' },
        { path: 'config/etc/nginx/conf.d/default.conf', kind: 'file', content: 'server { listen 80; root /var/www/html; }\n' },
        { path: 'nginx/etc/nginx/conf.d/default.conf', kind: 'file', content: 'server { listen 80; }\n' },
      ],
    },
    {
      kind: 'question',
      id: 'nginx-conf',
      choices: ['base', 'nginx', 'config', 'upper'],
      answer: 'nginx',
      proof: {
        run: ['cat merged/etc/nginx/nginx.conf'],
        stdout: 'worker_processes auto;\n',
        expect: [
          { path: 'config/etc/nginx/nginx.conf', kind: 'absent' },
          { path: 'upper/etc', kind: 'absent' },
          { path: 'nginx/etc/nginx/nginx.conf', kind: 'file', content: 'worker_processes auto;\n' },
        ],
      },
    },
    {
      kind: 'question',
      id: 'welcome',
      choices: ['base', 'nginx', 'config', 'hidden'],
      answer: 'hidden',
      proof: {
        run: ['ls merged/var/www/html'],
        stdout: 'index.html\nindex.nginx-debian.html\n',
        expect: [
          { path: 'merged/var/www/html/welcome.html', kind: 'absent' },
          { path: 'base/var/www/html/welcome.html', kind: 'file' },
          { path: 'nginx/var/www/html', kind: 'opaque' },
        ],
      },
    },
    {
      kind: 'predict',
      id: 'predict-rm-index',
      command: 'rm merged/var/www/html/index.html',
      ask: ['var/www/html', 'var/www/html/index.html', 'var/www/html/index.nginx-debian.html'],
      marks: { upper: ['absent', 'file', 'dir', 'opaque', 'whiteout'] },
    },
  ],
  hints: 3,
  solution: [EDIT],
  notes: 4,
});
