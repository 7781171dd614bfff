// The commands of the scenario language, by name.
import { cat } from './cat.ts';
import { cd } from './cd.ts';
import { chmod } from './chmod.ts';
import { chgrp, chown } from './chown.ts';
import { cp } from './cp.ts';
import { echo } from './echo.ts';
import { getfattr } from './getfattr.ts';
import { ln } from './ln.ts';
import { ls } from './ls.ts';
import { mkdir } from './mkdir.ts';
import { mknod } from './mknod.ts';
import { mount } from './mount.ts';
import { mv } from './mv.ts';
import { printf } from './printf.ts';
import { pwd } from './pwd.ts';
import { readlink } from './readlink.ts';
import { rm } from './rm.ts';
import { rmdir } from './rmdir.ts';
import { set } from './set.ts';
import { setfattr } from './setfattr.ts';
import { setpriv } from './setpriv.ts';
import { stat } from './stat.ts';
import { touch } from './touch.ts';
import { tree } from './tree.ts';
import { colonCmd, falseCmd, trueCmd } from './true-false.ts';
import { truncate } from './truncate.ts';
import { umount } from './umount.ts';
import type { CommandDef } from './types.ts';

const ALL: CommandDef<never>[] = [
  cd, pwd, ls, tree, cat, echo, printf, touch, mkdir, rmdir, rm, mv, cp, ln, chmod, chown, chgrp, truncate, readlink, stat,
  mknod, setfattr, getfattr, mount, umount, setpriv, trueCmd, falseCmd, colonCmd, set,
] as CommandDef<never>[];

export const COMMANDS: ReadonlyMap<string, CommandDef<never>> = new Map(ALL.map((c) => [c.name, c]));
