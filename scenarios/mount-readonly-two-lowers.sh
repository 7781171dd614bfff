# title: No upperdir: a read-only overlay of two lowers
# description: Without upperdir the overlay is read-only and needs at
#   least two lowerdirs. Reads merge as usual; every write fails with
#   EROFS (exit status 1) and nothing on disk changes.
mkdir top base merged
echo "top" > top/a.txt
echo "base" > base/a.txt
echo "only in base" > base/b.txt
mkdir base/dir
mount -t overlay overlay -o lowerdir=./top:./base ./merged
cat merged/a.txt
ls merged
echo "edit" > merged/a.txt
touch merged/new.txt
rm merged/b.txt
mkdir merged/newdir
rmdir merged/dir
chmod 600 merged/b.txt
umount merged
