# title: Stacked overlays: the inner overlay can be unmounted first
# description: umount of an overlay that another overlay uses as a lower
#   succeeds: merged/ shows its own directory again, but the outer
#   overlay keeps the inner mount alive and goes on reading and copying
#   up through it. Unmounting the outer afterwards releases it. Changes
#   made in the inner's layers meanwhile are the inner's business.
# title.zh: 叠加的 overlay：可以先卸载内层 overlay
# description.zh: 卸载一个被另一个 overlay 用作下层的 overlay 会成功：merged/ 重新显示它自己的目录，但外层 overlay 让内层挂载继续存活，并继续通过它读取和 copy-up。之后卸载外层才会释放它。其间在内层各层中做的改动由内层自己负责。
mkdir lower upper work merged upper2 work2 merged2
echo "lower a" > lower/a.txt
echo "lower b" > lower/b.txt
echo "under the mount" > merged/hidden.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "inner" > merged/c.txt
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
umount merged
ls merged
ls merged2
cat merged2/c.txt
echo "outer" >> merged2/b.txt
rm merged2/a.txt
ls merged2
umount merged
umount merged2
ls merged
