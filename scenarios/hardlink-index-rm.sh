# title: index=on: removing one name of an indexed hard link
# description: With index on, temporary files and the shared whiteout
#   live in work/index, not work/work. Removing a.txt (copied up,
#   indexed) leaves a whiteout; the index entry stays while b.txt still
#   shows it, and goes away when the last name is removed.
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
echo "via a" >> merged/a.txt
rm merged/a.txt
cat merged/b.txt
rm merged/b.txt
ls merged
umount merged
