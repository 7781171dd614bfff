# title: Creating a file in a lower-only directory
# description: A create first copies up the parent directory (origin,
#   mode). The new file has no origin, but the parent is not marked
#   impure for it: only entries with an origin (or a redirect) make a
#   directory impure. The root becomes impure because the copied-up
#   directory has an origin.
mkdir lower upper work merged
mkdir lower/dir
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "new" > merged/dir/new.txt
umount merged
