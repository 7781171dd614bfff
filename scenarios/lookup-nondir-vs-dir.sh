# title: A file over a directory, and a directory over a file
# description: Lookup stops at a non-directory: a file in the top lower
#   hides a directory of the same name below. A directory above a file is
#   the answer and does not merge with anything below it.
mkdir top base upper work merged
echo "file on top" > top/thing
mkdir base/thing
echo "hidden" > base/thing/inner.txt
mkdir upper/other
echo "upper child" > upper/other/u.txt
echo "file below" > base/other
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work ./merged
cat merged/thing
ls merged merged/other
umount merged
