# title: A mount on a directory inside merged/
# description: Another overlay can be mounted on merged/dir. The outer
#   overlay cannot be unmounted while the inner one is there (target is
#   busy, exit 32); nothing is written into the outer upper for it.
# title.zh: 挂载在 merged/ 内的某个目录上
# description.zh: 可以在 merged/dir 上挂载另一个 overlay。内层挂载存在时，外层 overlay 无法卸载（target is busy，退出状态 32）；外层的上层不会因此写入任何东西。
mkdir lower upper work merged lower2 upper2 work2
mkdir lower/dir
echo "outer" > lower/dir/outer.txt
echo "inner" > lower2/inner.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower2,upperdir=./upper2,workdir=./work2 ./merged/dir
ls merged/dir
umount merged
umount merged/dir
ls merged/dir
umount merged
