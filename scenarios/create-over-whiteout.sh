# title: Files, symlinks and nodes created over a whiteout
# description: A regular file, a symlink and a fifo created where a
#   whiteout hides a lower name simply replace the whiteout (no xattr).
# title.zh: 在白化文件上创建文件、符号链接和节点
# description.zh: 在白化文件遮住下层名字的位置创建普通文件、符号链接和 FIFO，只是直接替换该白化文件（没有扩展属性）。
mkdir lower upper work merged
echo "a" > lower/a.txt
echo "b" > lower/b.txt
echo "c" > lower/c.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/a.txt merged/b.txt merged/c.txt
echo "new a" > merged/a.txt
ln -s a.txt merged/b.txt
mknod merged/c.txt p
ls merged
umount merged
