# title: Other users: search, read, sticky and set-group-id directories
# description: A root-owned 0700 directory in the lower layer cannot be
#   listed or walked through by user 1 (EACCES), through merged/ as on the
#   layer. In a sticky 1777 directory a user may remove only its own names
#   (EPERM otherwise). A set-group-id directory gives new objects its
#   group, and new directories the bit. Hard links follow
#   fs.protected_hardlinks: only to one's own file, or one it may read and
#   write (EPERM otherwise).
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
