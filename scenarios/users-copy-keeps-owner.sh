# title: Other users: cp -p and mv across a failed rename keep what they may
# description: coreutils' set_owner: an ordinary user's copy cannot keep
#   another owner (chown EPERM, silently), tries the group alone, and then
#   drops the set-id and sticky bits it would have copied. mv of a lower
#   directory with redirect_dir=off gets EXDEV from the overlay and copies
#   instead, so the moved tree belongs to the user; root's copy keeps
#   everything.
# title.zh: 其他用户：cp -p 以及 rename 失败后的 mv 尽可能保留属性
# description.zh: coreutils 的 set_owner：普通用户的副本无法保留其他属主（chown 以 EPERM 静默失败），会尝试只设置组，然后去掉本应复制的 set-id 位和 sticky 位。在 redirect_dir=off 下 mv 下层目录会从 overlay 得到 EXDEV，改为复制，所以移动后的树属于该用户；root 的复制会保留一切。
mkdir lower upper work merged
mkdir -p lower/home/tree/sub
echo data > lower/home/tree/sub/f
echo exe > lower/home/prog
chmod 4755 lower/home/prog
chown 1:1 lower/home
chown 0:1 lower/home/tree/sub/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=off ./merged
setpriv --reuid=1 --regid=1 --clear-groups cp -p merged/home/prog merged/home/prog2
setpriv --reuid=1 --regid=1 --clear-groups cp -a merged/home/tree merged/home/tree2
setpriv --reuid=1 --regid=1 --clear-groups mv merged/home/tree merged/home/moved
stat -c '%U:%G %a %n' merged/home/prog2 merged/home/tree2 merged/home/tree2/sub merged/home/tree2/sub/f merged/home/moved merged/home/moved/sub/f
cp -p merged/home/prog merged/home/prog3
stat -c '%U:%G %a %n' merged/home/prog3
umount merged
stat -c '%U:%G %a %n' upper/home upper/home/moved upper/home/moved/sub upper/home/moved/sub/f
