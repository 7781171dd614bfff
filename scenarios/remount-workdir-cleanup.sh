# title: Mounting again empties work/work
# description: The shared whiteout work/work/#N made by a removal stays
#   after umount, but the next mount deletes and recreates work/work, so
#   the leftover is gone; the next removal makes a new one. The whiteouts
#   in upper/ keep hiding the lower files.
mkdir lower upper work merged
echo "a" > lower/a.txt
echo "b" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/a.txt
umount merged
mkdir work/work/leftover
echo "junk" > work/work/junk.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
rm merged/b.txt
umount merged
