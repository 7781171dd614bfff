# title: A lower whiteout hides a lower-lower directory; mkdir over it
# description: A whiteout in the middle lower layer hides the base
#   directory. mkdir through merged/ then finds no upper whiteout but a
#   lower one, and still makes the new upper directory opaque.
mkdir top middle base upper work merged
mkdir base/dir
echo "base" > base/dir/x.txt
mknod middle/dir c 0 0
mount -t overlay overlay -o lowerdir=./top:./middle:./base,upperdir=./upper,workdir=./work ./merged
ls merged
mkdir merged/dir
ls merged/dir
umount merged
