# title: mkdir over the whiteout of a file
# description: A directory created where a lower *file* was removed is
#   still made opaque (the kernel only checks that a whiteout was there).
mkdir lower upper work merged
echo "a file" > lower/name
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/name
mkdir merged/name
ls merged
umount merged
