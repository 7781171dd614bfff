# title: Renaming a directory over an empty and a non-empty directory
# description: mv -T over a merged directory that still shows entries
#   fails (exit 1, ENOTEMPTY). Over a directory that is empty in the
#   merged view (all whited out) it succeeds: the target is replaced and
#   the lower one stays hidden by making the moved directory opaque.
mkdir lower upper work merged
mkdir lower/full lower/emptied
echo "f" > lower/full/f.txt
echo "e" > lower/emptied/e.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/src
echo "s" > merged/src/s.txt
mv -T merged/src merged/full
rm merged/emptied/e.txt
mv -T merged/src merged/emptied
ls merged merged/emptied
umount merged
