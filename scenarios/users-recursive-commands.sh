# title: Other users: recursive commands meet directories they may not read
# description: As user 1 in its own directory holding a root-owned 0700 one
#   and a root-owned 0555 one: ls -R says it cannot open the private one
#   (a minor problem, status 1), tree marks it [error opening dir] (status
#   2), chmod -R and chown -R fail on root's objects, cp -r copies what it
#   can read, rm -r removes what it may, mv renames its own.
# title.zh: 其他用户：递归命令遇到无权读取的目录
# description.zh: 用户 1 在自己的目录中，其中有一个 root 所有的 0700 目录和一个 root 所有的 0555 目录：ls -R 提示无法打开私有目录（小问题，状态 1），tree 将其标记为 [error opening dir]（状态 2），chmod -R 和 chown -R 在 root 的对象上失败，cp -r 复制它能读取的内容，rm -r 删除它有权删除的内容，mv 重命名它自己的。
mkdir lower upper work merged
mkdir -p lower/own/private/deep lower/own/pub/sub lower/own/ro
echo a > lower/own/private/deep/f
echo b > lower/own/pub/sub/g
echo c > lower/own/ro/h
chown 1:1 lower/own lower/own/pub lower/own/pub/sub lower/own/pub/sub/g
chmod 700 lower/own/private
chmod 555 lower/own/ro
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups ls -R merged/own
setpriv --reuid=1 --regid=1 --clear-groups tree merged/own
setpriv --reuid=1 --regid=1 --clear-groups chmod -R 700 merged/own
setpriv --reuid=1 --regid=1 --clear-groups chown -R 1:1 merged/own
setpriv --reuid=1 --regid=1 --clear-groups mkdir -p merged/own/private/new
setpriv --reuid=1 --regid=1 --clear-groups mkdir -p merged/own/pub/a/b
setpriv --reuid=1 --regid=1 --clear-groups cp -r merged/own/pub merged/own/pub2
setpriv --reuid=1 --regid=1 --clear-groups cp -r merged/own/private merged/own/priv2
setpriv --reuid=1 --regid=1 --clear-groups rm -r merged/own/private
setpriv --reuid=1 --regid=1 --clear-groups rm -rf merged/own/ro
setpriv --reuid=1 --regid=1 --clear-groups mv merged/own/pub merged/own/pub3
setpriv --reuid=1 --regid=1 --clear-groups rm -r merged/own/pub3
setpriv --reuid=1 --regid=1 --clear-groups rmdir merged/own/ro
setpriv --reuid=1 --regid=1 --clear-groups ls -a merged/own
umount merged
