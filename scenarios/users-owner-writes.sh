# title: Other users: what an owner may do through the overlay
# description: user 1 owns lower/d. Through merged/ it may create, write,
#   rename and remove there: its parent is copied up with the mounter's
#   credentials and keeps owner 1, and new objects belong to the caller
#   (uid 1, gid 1) in upper/. User 2 may read but not change anything, and
#   the mounter's own check on the lower object never stops the owner.
# title.zh: 其他用户：属主通过 overlay 可以做什么
# description.zh: 用户 1 拥有 lower/d。通过 merged/，它可以在那里创建、写入、重命名和删除：其父目录以挂载者的凭据 copy-up 并保留属主 1，新对象在 upper/ 中属于调用者（uid 1、gid 1）。用户 2 可以读取但不能修改任何东西，而挂载者对下层对象的检查从不会阻止属主。
mkdir lower upper work merged
mkdir -p lower/d
echo old > lower/d/f
echo keep > lower/d/g
chown -R 1:1 lower/d
chmod 755 lower/d
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups touch merged/d/new
setpriv --reuid=1 --regid=1 --clear-groups mkdir merged/d/sub
setpriv --reuid=1 --regid=1 --clear-groups cp merged/d/g merged/d/sub/copy
setpriv --reuid=1 --regid=1 --clear-groups truncate -s 2 merged/d/f
setpriv --reuid=1 --regid=1 --clear-groups chmod 600 merged/d/g
setpriv --reuid=1 --regid=1 --clear-groups mv merged/d/f merged/d/f2
setpriv --reuid=1 --regid=1 --clear-groups ln -s f2 merged/d/link
stat -c '%U:%G %u:%g %a %n' merged/d merged/d/new merged/d/sub merged/d/sub/copy merged/d/f2 merged/d/g merged/d/link
setpriv --reuid=2 --regid=2 --clear-groups cat merged/d/g
setpriv --reuid=2 --regid=2 --clear-groups cat merged/d/f2
setpriv --reuid=2 --regid=2 --clear-groups touch merged/d/f2
setpriv --reuid=2 --regid=2 --clear-groups rm -f merged/d/new
setpriv --reuid=2 --regid=2 --clear-groups mv merged/d/new merged/d/x
setpriv --reuid=2 --regid=2 --clear-groups mkdir merged/d/y
setpriv --reuid=2 --regid=2 --clear-groups chmod 777 merged/d/f2
setpriv --reuid=2 --regid=2 --clear-groups chgrp 2 merged/d/f2
setpriv --reuid=1 --regid=1 --clear-groups chgrp 2 merged/d/f2
setpriv --reuid=1 --regid=1 --clear-groups rm -r merged/d/sub
setpriv --reuid=1 --regid=1 --clear-groups rm merged/d/new
setpriv --reuid=1 --regid=1 --clear-groups rmdir merged/d
umount merged
stat -c '%U:%G %u:%g %a %n' upper/d upper/d/f2 upper/d/g upper/d/link
