# title: Renaming a file over an existing lower file
# description: mv a.txt b.txt where both are lower files: a.txt is copied
#   up and renamed over b.txt; upper/b.txt is the copy of a.txt (origin of
#   a.txt) and upper/a.txt a whiteout. The lower b.txt is hidden, not
#   changed.
mkdir lower upper work merged
echo "a" > lower/a.txt
echo "b" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/a.txt merged/b.txt
cat merged/b.txt
ls merged
umount merged
