# title: Other users: search, read, sticky and set-group-id directories
# description: A root-owned 0700 directory in the lower layer cannot be
#   listed or walked through by user 1 (EACCES), through merged/ as on the
#   layer. In a sticky 1777 directory a user may remove only its own names
#   (EPERM otherwise). A set-group-id directory gives new objects its
#   group, and new directories the bit. Hard links follow
#   fs.protected_hardlinks: only to one's own file, or one it may read and
#   write (EPERM otherwise).
# title.zh: 其他用户：搜索、读取、sticky 和 set-group-id 目录
# description.zh: 下层中 root 所有的 0700 目录，用户 1 既不能列出也不能穿过（EACCES），通过 merged/ 与直接在层上一样。在 sticky 的 1777 目录中，用户只能删除自己的名字（否则 EPERM）。set-group-id 目录让新对象继承其组，新目录继承该位。硬链接遵循 fs.protected_hardlinks：只能链接到自己的文件，或自己可读写的文件（否则 EPERM）。
mkdir lower upper work merged
mkdir -p lower/private lower/tmp lower/shared
echo secret > lower/private/x
chmod 700 lower/private
chmod 1777 lower/tmp
chown 0:7 lower/shared
chmod 2777 lower/shared
echo root > lower/rootfile
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups ls merged/private
setpriv --reuid=1 --regid=1 --clear-groups cat merged/private/x
setpriv --reuid=1 --regid=1 --clear-groups stat -c %n merged/private/x
setpriv --reuid=1 --regid=1 --clear-groups ls lower/private
setpriv --reuid=1 --regid=1 --clear-groups touch merged/tmp/mine
setpriv --reuid=2 --regid=2 --clear-groups touch merged/tmp/theirs
setpriv --reuid=1 --regid=1 --clear-groups rm -f merged/tmp/theirs
setpriv --reuid=1 --regid=1 --clear-groups mv merged/tmp/theirs merged/tmp/moved
setpriv --reuid=1 --regid=1 --clear-groups rm -f merged/tmp/mine
setpriv --reuid=2 --regid=2 --clear-groups rm -f merged/tmp/theirs
setpriv --reuid=1 --regid=1 --clear-groups touch merged/shared/f
setpriv --reuid=1 --regid=1 --clear-groups mkdir merged/shared/sub
stat -c '%U:%G %u:%g %a %n' merged/shared merged/shared/f merged/shared/sub
setpriv --reuid=1 --regid=1 --clear-groups ln merged/rootfile merged/tmp/hl
setpriv --reuid=1 --regid=1 --clear-groups touch merged/tmp/own
setpriv --reuid=1 --regid=1 --clear-groups ln merged/tmp/own merged/tmp/ownlink
chmod 666 merged/rootfile
setpriv --reuid=1 --regid=1 --clear-groups ln merged/rootfile merged/tmp/hl2
stat -c '%U:%G %u:%g %a %n' merged/tmp merged/tmp/own merged/tmp/ownlink merged/tmp/hl2 upper/rootfile
