# title: Files, symlinks and nodes created over a whiteout
# description: A regular file, a symlink and a fifo created where a
#   whiteout hides a lower name simply replace the whiteout (no xattr).
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
