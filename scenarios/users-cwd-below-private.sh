# title: Other users: a walk starts at the cwd, whatever lies above it
# description: Path lookup checks search permission on each directory a
#   name is looked up in, from the cwd on: a user whose cwd lies below a
#   0700 directory still reaches what is below it by relative paths, but
#   not by walking back up through '..'. Through merged/ as on a layer.
# title.zh: 其他用户：路径遍历从当前目录开始，不管其上方是什么
# description.zh: 路径查找从当前目录开始，对查找名字所在的每个目录检查搜索权限：当前目录位于 0700 目录之下的用户，仍可以通过相对路径访问其下的内容，但不能经由 '..' 往回走。通过 merged/ 与直接在层上一样。
mkdir lower upper work merged
mkdir -p lower/private/open
echo hidden > lower/private/open/f
chmod 700 lower/private
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups cat merged/private/open/f
cd merged/private/open
setpriv --reuid=1 --regid=1 --clear-groups cat f
setpriv --reuid=1 --regid=1 --clear-groups stat -c '%U %a %n' f .
setpriv --reuid=1 --regid=1 --clear-groups ls ../open
setpriv --reuid=1 --regid=1 --clear-groups touch f
cd ../../..
cd lower/private/open
setpriv --reuid=1 --regid=1 --clear-groups cat f
setpriv --reuid=1 --regid=1 --clear-groups cat ../open/f
cd ../../..
umount merged
