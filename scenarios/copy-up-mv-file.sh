# title: mv of a lower file: copy-up, rename, whiteout
# description: Renaming a lower file copies it up, renames the copy (it
#   keeps its origin) and leaves a whiteout at the old name.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/a.txt merged/b.txt
ls merged
umount merged
