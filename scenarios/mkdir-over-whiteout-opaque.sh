# title: mkdir over a whiteout makes an opaque directory
# description: After rm -r of a lower directory, mkdir of the same name
#   replaces the whiteout with a new upper directory marked
#   trusted.overlay.opaque=y, so the old lower children stay hidden.
mkdir lower upper work merged
mkdir lower/dir
echo "old" > lower/dir/old.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -r merged/dir
mkdir merged/dir
ls merged/dir
echo "new" > merged/dir/new.txt
ls merged/dir
umount merged
