# title: Mounting again empties work/work
# description: The shared whiteout work/work/#N made by a removal stays
#   after umount, but the next mount deletes and recreates work/work, so
#   the leftover is gone; the next removal makes a new one. The whiteouts
#   in upper/ keep hiding the lower files.
# title.zh: 再次挂载会清空 work/work
# description.zh: 删除操作生成的共享白化文件 work/work/#N 在 umount 后仍然存在，但下一次挂载会删除并重建 work/work，于是残留文件消失；下一次删除再生成一个新的。upper/ 中的白化文件继续遮住下层文件。
mkdir lower upper work merged
echo "a" > lower/a.txt
echo "b" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/a.txt
umount merged
mkdir work/work/leftover
echo "junk" > work/work/junk.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
rm merged/b.txt
umount merged
