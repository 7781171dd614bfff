# title: rm -rf of a directory merged from several lowers
# description: With three lowers, a directory present in the middle and
#   bottom layers is removed: whiteouts for each visible child, then the
#   directory itself becomes one whiteout in upper/.
# title.zh: rm -rf 由多个下层合并而成的目录
# description.zh: 有三个下层时，删除一个存在于中间层和底层的目录：先为每个可见子项生成白化文件，然后目录本身在 upper/ 中变成一个白化文件。
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
