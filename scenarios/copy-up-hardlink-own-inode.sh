# title: A copied-up lower hard link gets an inode number of its own
# description: Without index=on, copy-up breaks a lower hard link: merged/b
#   now lives in upper/ while merged/d/a is still the lower file. overlayfs
#   keeps st_ino across copy-up only where the origin's number is sure to
#   be unique (a lower file with one link, or an indexed one), so the two
#   names report different inodes and cp copies one onto the other instead
#   of refusing "are the same file".
mkdir lower upper work merged
echo "lower b" > lower/b
mkdir -p lower/d
ln lower/b lower/d/a
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=off ./merged
echo "x y" > merged/b
cp merged/b merged/d/a
cat merged/d/a
umount merged
