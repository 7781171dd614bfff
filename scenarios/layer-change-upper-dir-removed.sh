# title: A directory removed from upper/ behind the overlay reads as empty
# description: merged/d was looked up while upper/d existed; then upper/d is
#   removed directly. The cached dentry still stats as a directory, and
#   reading it fails in the kernel with ENOENT, which glibc's readdir takes
#   as the end of the directory: ls, tree and chmod -R see an empty
#   directory and cp -r copies one. Removing it through the overlay fails.
# title.zh: 绕过 overlay 从 upper/ 删除的目录读起来是空的
# description.zh: merged/d 在 upper/d 存在时被查找过；随后 upper/d 被直接删除。缓存的 dentry 仍 stat 为目录，读取它时内核返回 ENOENT，glibc 的 readdir 将其视为目录结束：ls、tree 和 chmod -R 看到一个空目录，cp -r 复制出一个空目录。通过 overlay 删除它会失败。
mkdir lower upper work merged
mkdir -p lower/b
mkdir -p upper/d/c upper/a
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -rf upper/d
ls merged/d
cp -r merged/d merged/a/c
ls merged/a
tree merged/d
chmod -R u+x merged/d
rm -r merged/d
ls merged
umount merged
