# title: rm -f on a read-only overlay: which failures -f hides
# description: rm -f hides a missing name, but unlink(2) on a read-only
#   overlay answers EROFS before it looks the name up. remove.c's excise
#   then lstat's the name again: missing (ENOENT) stays hidden, while a
#   file named with a trailing slash (lstat: ENOTDIR) keeps its EROFS, so
#   `rm -f merged/c/` fails. Found by the differential fuzzer.
mkdir top base merged
echo c > top/c
mkdir top/d
ln -s nowhere top/dang
mount -t overlay overlay -o lowerdir=./top:./base ./merged
rm -f merged/c/
rm -f merged/nofile
rm -f merged/nofile/
rm -f merged/dang/
rm -f merged/c/x
rm -f merged/c
rm -rf merged/d/
ls merged
umount merged
