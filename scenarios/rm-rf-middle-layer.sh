# title: rm -rf of a directory merged from several lowers
# description: With three lowers, a directory present in the middle and
#   bottom layers is removed: whiteouts for each visible child, then the
#   directory itself becomes one whiteout in upper/.
mkdir top middle base upper work merged
mkdir middle/dir base/dir
echo "m" > middle/dir/m.txt
echo "b" > base/dir/b.txt
echo "shadowed" > base/dir/m.txt
echo "t" > top/t.txt
mount -t overlay overlay -o lowerdir=./top:./middle:./base,upperdir=./upper,workdir=./work ./merged
ls merged/dir
cat merged/dir/m.txt
rm -rf merged/dir
ls merged
umount merged
