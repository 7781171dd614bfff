// chown/chgrp specs as gnulib's parse_user_spec reads them, owners as ls -l
// and stat print them, and setpriv's own errors: each row checked against
// what the real tools print (GNU coreutils 9.1, util-linux 2.38).
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../engine/kernel.ts';
import { runStep } from '../run.ts';
import { checkStep } from '../check.ts';

function shell(...steps: string[]) {
  const k = new Kernel();
  return steps.map((s) => runStep(k, s));
}

describe('chown and chgrp', () => {
  it.each([
    ['chown 1:2 f', '1:2'],
    ['chown bin f', '2:0'],
    ['chown :daemon f', '0:1'],
    ['chown daemon: f', '1:1'],
    ['chown 1.2 f', '1:2'],
    ['chown +7:+8 f', '7:8'],
    ['chown : f', '0:0'],
    ['chgrp 7 f', '0:7'],
    ['chgrp nogroup f', '0:65534'],
  ])('%s gives %s', (cmd, ids) => {
    const out = shell('touch f', cmd, "stat -c '%u:%g' f");
    expect(out[1].status).toBe(0);
    expect(out[2].stdout).toBe(`${ids}\n`);
  });

  it.each([
    ['chown nosuch f', "chown: invalid user: 'nosuch'\n"],
    ['chown 4242: f', "chown: invalid spec: '4242:'\n"],
    ['chown 4242:nosuch f', "chown: invalid group: '4242:nosuch'\n"],
    ['chgrp nosuch f', "chgrp: invalid group: 'nosuch'\n"],
    ['chown 5 nothere', "chown: cannot access 'nothere': No such file or directory\n"],
    ['chown 5 dl', "chown: cannot dereference 'dl': No such file or directory\n"],
  ])('%s fails as coreutils does', (cmd, err) => {
    const out = shell('touch f', 'ln -s nowhere dl', cmd);
    expect(out[2].status).toBe(1);
    expect(out[2].stderr).toBe(err);
  });

  it('the dot separator works with a warning', () => {
    expect(shell('touch f', 'chown 1.2 f')[1].stderr).toBe("chown: warning: '.' should be ':': '1.2'\n");
  });

  it('-R changes a tree, -h a link itself', () => {
    const out = shell('mkdir -p d/s', 'touch d/s/f', 'ln -s d/s/f l', 'chown -R 3:3 d', 'chown -h 4:4 l', "stat -c '%u:%g %n' d d/s d/s/f l");
    expect(out[5].stdout).toBe('3:3 d\n3:3 d/s\n3:3 d/s/f\n4:4 l\n');
  });
});

describe('owners as ls -l and stat show them', () => {
  it('names from the base-passwd table, numbers otherwise; stat says UNKNOWN', () => {
    const out = shell('touch a b', 'chown 1:2 a', 'chown 4242:4243 b', 'ls -l a b', "stat -c '%U %G %u %g' a b");
    const cols = out[3].stdout.trim().split('\n').map((l) => l.split(/\s+/).slice(2, 4).join(' '));
    expect(cols).toEqual(['daemon bin', '4242 4243']);
    expect(out[4].stdout).toBe('daemon bin 1 2\nUNKNOWN UNKNOWN 4242 4243\n');
  });
});

describe('setpriv', () => {
  it('runs one program as another user, and the shell goes on as root', () => {
    const out = shell('mkdir d', 'setpriv --reuid=1 --regid=1 --clear-groups touch d/f', 'mkdir -m 777 open && setpriv --reuid=1 --regid=1 --clear-groups mkdir open/own', "stat -c '%u:%g' open/own", 'touch d/f');
    expect(out[1].status).toBe(1);
    expect(out[1].stderr).toBe("touch: cannot touch 'd/f': Permission denied\n");
    expect(out[2].status).toBe(0);
    expect(out[3].stdout).toBe('1:1\n');
    expect(out[4].status).toBe(0);
  });

  it('redirections are opened by the shell, as root', () => {
    const out = shell('mkdir d', 'chmod 700 d', 'echo hi > src', 'setpriv --reuid=1 --regid=1 --clear-groups cat src > d/f', "stat -c '%u %s' d/f");
    expect(out[3].status).toBe(0);
    expect(out[4].stdout).toBe('0 3\n');
    // echo is bash's own: setpriv cannot run it.
    expect(checkStep('setpriv --reuid=1 --regid=1 --clear-groups echo hi').length).toBe(1);
  });

  it.each([
    ['setpriv --reuid=1 --regid=1 touch f', 'setpriv: --[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups\n'],
    ['setpriv --reuid=nosuch touch f', "setpriv: failed to parse reuid: 'nosuch'\n"],
    ['setpriv --reuid=1 --regid=1 --clear-groups', 'setpriv: No program specified\n'],
  ])('%s', (cmd, err) => {
    const [r] = shell(cmd);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(err);
  });

  it.each(['setpriv --reuid=1 --regid=1 --clear-groups cd x', 'setpriv --reuid=1 --regid=1 --clear-groups mount -t overlay o x', 'setpriv --init-groups --reuid=1 ls'])(
    '%s is outside the language, said by name',
    (cmd) => {
      expect(checkStep(cmd).length).toBe(1);
    },
  );
});
