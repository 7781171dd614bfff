# title: Reading never copies up
# description: cat, ls, getfattr, readlink and tree on lower
#   objects leave upper/ as it was after mount (only the uuid). ls -l and
#   stat do not copy up either, but print times, so they are left out.
# title.zh: 读取永远不会 copy-up
# description.zh: 对下层对象执行 cat、ls、getfattr、readlink 和 tree 后，upper/ 与挂载后一样（只有 uuid）。ls -l 和 stat 也不会 copy-up，但会打印时间，所以没有包含在内。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mkdir lower/dir
echo "deep" > lower/dir/b.txt
ln -s a.txt lower/link
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt merged/dir/b.txt
ls merged merged/dir
getfattr -d merged/a.txt
readlink merged/link
cat merged/link
tree merged
umount merged
