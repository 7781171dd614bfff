# title: Lower hard links break apart on copy-up without index
# description: lower/a.txt and lower/b.txt are one inode. Without index,
#   writing a.txt through merged/ copies up only a.txt: b.txt still
#   shows the old lower content. A copy-up of a lower file with several
#   links gets no trusted.overlay.origin at all when index is off.
#   Writing b.txt later makes a second, separate upper file.
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "via a" >> merged/a.txt
cat merged/a.txt merged/b.txt
echo "via b" >> merged/b.txt
cat merged/a.txt merged/b.txt
umount merged
