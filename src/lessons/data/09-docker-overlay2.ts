// Lesson 9: Docker's overlay2 store in miniature, built with plain
// directories and symlinks the way moby's overlay2 driver lays it out
// (daemon/graphdriver/overlay2: diff/, link, lower, work/, l/<short>,
// committed), with an -init layer, and mounted through the short names.
// Real ids are 64 hex digits; short ones keep the grid readable.
import { defineLesson } from './define.ts';

const HOME = 'docker/overlay2';
const BASE = '3f8e1c';
const NGINX = '9b02d7';
const CTR = 'c41a55';
const INIT = `${CTR}-init`;
const L = { base: '6Y5IM2XC7TSNIJZZFLJCS6EQNE', nginx: 'LMQ4VJ3H2KQ7D5XW4GZ2OAX3RB', init: 'R7TQK2MZ5NW3XJ4HB6VCDLPE2Y', ctr: 'X2HFPZ6QW4MJ7KC3TNE5VYLRGA' };
const lowerOf = (...ls: string[]) => ls.map((s) => `l/${s}`).join(':');

/** One layer: diff/, link, l/<short>, and for a layer with a parent, lower and work/. */
function layer(id: string, short: string, parents: string[]): string[] {
  const out = [`printf "%s" ${short} > ${HOME}/${id}/link`, `ln -s ../${id}/diff ${HOME}/l/${short}`];
  if (parents.length > 0) out.push(`printf "%s" ${lowerOf(...parents)} > ${HOME}/${id}/lower`);
  return out;
}

const MOUNT = `mount -t overlay overlay -o index=off,lowerdir=${lowerOf(L.init, L.nginx, L.base)},upperdir=${CTR}/diff,workdir=${CTR}/work ${CTR}/merged`;
const WRITE = `echo "web-1" > ${CTR}/merged/etc/hostname`;
const MERGED = `${HOME}/${CTR}/merged`;

export default defineLesson({
  id: 'docker-overlay2',
  number: 9,
  setup: [
    `mkdir -p ${HOME}/l ${HOME}/${BASE}/diff/etc ${HOME}/${BASE}/diff/bin`,
    `echo "PRETTY_NAME=Debian GNU/Linux 12" > ${HOME}/${BASE}/diff/etc/os-release`,
    `echo "shell" > ${HOME}/${BASE}/diff/bin/sh`,
    ...layer(BASE, L.base, []),
    `mkdir -p ${HOME}/${NGINX}/diff/etc/nginx ${HOME}/${NGINX}/diff/usr/sbin ${HOME}/${NGINX}/work`,
    `echo "worker_processes auto;" > ${HOME}/${NGINX}/diff/etc/nginx/nginx.conf`,
    `echo "nginx binary" > ${HOME}/${NGINX}/diff/usr/sbin/nginx`,
    ...layer(NGINX, L.nginx, [L.base]),
    `touch ${HOME}/${BASE}/committed`,
    `mkdir -p ${HOME}/${INIT}/diff/etc ${HOME}/${INIT}/diff/dev/pts ${HOME}/${INIT}/diff/dev/shm ${HOME}/${INIT}/diff/proc ${HOME}/${INIT}/diff/sys ${HOME}/${INIT}/work`,
    `touch ${HOME}/${INIT}/diff/.dockerenv ${HOME}/${INIT}/diff/etc/hosts ${HOME}/${INIT}/diff/etc/hostname ${HOME}/${INIT}/diff/etc/resolv.conf ${HOME}/${INIT}/diff/dev/console`,
    ...layer(INIT, L.init, [L.nginx, L.base]),
    `touch ${HOME}/${NGINX}/committed`,
    `mkdir -p ${HOME}/${CTR}/diff ${HOME}/${CTR}/work ${HOME}/${CTR}/merged`,
    ...layer(CTR, L.ctr, [L.init, L.nginx, L.base]),
    `touch ${HOME}/${INIT}/committed`,
    `cd ${HOME}`,
  ],
  steps: [
    ['ls', `ls ${BASE} ${NGINX} ${INIT} ${CTR}`],
    [`cat ${NGINX}/link`, `readlink l/${L.nginx}`, `ls ${NGINX}/diff`],
    [`cat ${CTR}/lower`, `cat ${INIT}/lower`],
    [`ls -a ${INIT}/diff ${INIT}/diff/etc`],
    [MOUNT, `ls -a ${CTR}/merged`],
    [WRITE, `rm ${CTR}/merged/bin/sh`, `ls -R ${CTR}/diff`],
    [],
  ],
  goals: [
    {
      kind: 'state',
      id: 'mounted',
      expect: [
        { path: `${MERGED}/.dockerenv`, kind: 'file' },
        { path: `${MERGED}/etc/nginx/nginx.conf`, kind: 'file', content: 'worker_processes auto;\n' },
        { path: `${MERGED}/etc/os-release`, kind: 'file' },
      ],
    },
    {
      kind: 'state',
      id: 'written',
      expect: [
        { path: `${MERGED}/etc/hostname`, kind: 'file', content: 'web-1\n' },
        { path: `${HOME}/${CTR}/diff/etc/hostname`, kind: 'file', content: 'web-1\n' },
        { path: `${HOME}/${INIT}/diff/etc/hostname`, kind: 'file', content: '' },
      ],
    },
    {
      kind: 'question',
      id: 'upperdir',
      choices: ['diff', 'merged', 'init', 'work'],
      answer: 'diff',
      proof: { run: [MOUNT, WRITE], expect: [{ path: `${HOME}/${CTR}/diff/etc/hostname`, kind: 'file', content: 'web-1\n' }] },
    },
    {
      kind: 'question',
      id: 'lowerdir',
      choices: ['short', 'diffs', 'image'],
      answer: 'diffs',
      proof: { run: [`readlink l/${L.init}`], stdout: `../${INIT}/diff\n`, expect: [] },
    },
    {
      kind: 'predict',
      id: 'predict-rm-sh',
      before: [MOUNT],
      command: `rm ${CTR}/merged/bin/sh`,
      mount: MERGED,
      ask: ['bin', 'bin/sh', 'etc/hostname'],
      marks: { upper: ['absent', 'file', 'dir', 'opaque', 'whiteout'] },
    },
  ],
  hints: 3,
  solution: [MOUNT, WRITE],
  notes: 5,
});
