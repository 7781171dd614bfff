# title: Other users: mknod needs CAP_MKNOD, except for a whiteout
# description: vfs_mknod: an ordinary user may make a fifo, and a whiteout
#   (0/0) on a plain directory, but no device (EPERM). Through the overlay
#   a whiteout cannot be made at all, and the new fifo in upper/ is the
#   caller's.
# title.zh: 其他用户：mknod 需要 CAP_MKNOD，白化文件除外
# description.zh: vfs_mknod：普通用户可以创建 FIFO，也可以在普通目录中创建白化文件（0/0），但不能创建设备（EPERM）。通过 overlay 则根本无法创建白化文件，upper/ 中新建的 FIFO 属于调用者。
mkdir -m 777 d
setpriv --reuid=1 --regid=1 --clear-groups mknod d/wh c 0 0
setpriv --reuid=1 --regid=1 --clear-groups mknod d/null c 1 3
setpriv --reuid=1 --regid=1 --clear-groups mknod d/fifo p
stat -c '%U %F %a %n' d/wh d/fifo
mkdir lower upper work merged
mkdir -m 777 lower/o
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups mknod merged/o/wh c 0 0
setpriv --reuid=1 --regid=1 --clear-groups mknod merged/o/fifo p
setpriv --reuid=1 --regid=1 --clear-groups mknod merged/o/dev c 1 3
stat -c '%U %F %a %n' merged/o/fifo upper/o/fifo
umount merged
