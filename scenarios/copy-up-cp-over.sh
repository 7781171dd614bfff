# title: cp over an existing lower file
# description: cp opens the existing destination with O_TRUNC, so the
#   lower file is copied up (origin kept) and overwritten in place.
mkdir lower upper work merged
echo "old" > lower/a.txt
echo "source" > upper/src.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cp merged/src.txt merged/a.txt
cp merged/src.txt merged/new.txt
cat merged/a.txt
umount merged
