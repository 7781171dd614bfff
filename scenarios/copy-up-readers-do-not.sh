# title: Reading never copies up
# description: cat, ls, getfattr, readlink and tree on lower
#   objects leave upper/ as it was after mount (only the uuid). ls -l and
#   stat do not copy up either, but print times, so they are left out.
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
