# title: Other users: extended attributes through the overlay
# description: xattr_permission: user.* needs write permission to set (so
#   user 1 may on its own file, copying it up, not on root's: EACCES) and
#   read permission to get; trusted.* needs CAP_SYS_ADMIN: EPERM to set,
#   "no such attribute" to read, and left out of listings; user.* cannot
#   go on a symlink (EPERM).
# title.zh: 其他用户：通过 overlay 的扩展属性
# description.zh: xattr_permission：设置 user.* 需要写权限（因此用户 1 可以在自己的文件上设置，同时将其 copy-up，不能在 root 的文件上设置：EACCES），读取需要读权限；trusted.* 需要 CAP_SYS_ADMIN：设置时 EPERM，读取时“no such attribute”，且不出现在列表中；user.* 不能设置在符号链接上（EPERM）。
mkdir lower upper work merged
mkdir -p lower/d
echo mine > lower/d/mine
echo root > lower/d/rootfile
ln -s mine lower/d/link
chown -R 1:1 lower/d
chown -h 0:0 lower/d/rootfile
setfattr -n user.k -v v lower/d/rootfile
setfattr -n trusted.t -v v lower/d/mine
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups setfattr -n user.x -v y merged/d/mine
setpriv --reuid=1 --regid=1 --clear-groups setfattr -n user.x -v y merged/d/rootfile
setpriv --reuid=1 --regid=1 --clear-groups setfattr -n trusted.x -v y merged/d/mine
setpriv --reuid=1 --regid=1 --clear-groups setfattr -h -n user.x -v y merged/d/link
setpriv --reuid=1 --regid=1 --clear-groups getfattr -d merged/d/mine merged/d/rootfile
setpriv --reuid=1 --regid=1 --clear-groups getfattr -n trusted.t merged/d/mine
setpriv --reuid=1 --regid=1 --clear-groups getfattr -d -m - merged/d/mine
getfattr -d -m - merged/d/mine
setpriv --reuid=1 --regid=1 --clear-groups setfattr -x user.k merged/d/rootfile
setfattr -x user.k merged/d/rootfile
umount merged
