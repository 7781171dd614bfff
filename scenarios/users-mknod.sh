# title: Other users: mknod needs CAP_MKNOD, except for a whiteout
# description: vfs_mknod: an ordinary user may make a fifo, and a whiteout
#   (0/0) on a plain directory, but no device (EPERM). Through the overlay
#   a whiteout cannot be made at all, and the new fifo in upper/ is the
#   caller's.
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
