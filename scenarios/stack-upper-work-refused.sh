# title: Stacked overlays: no upperdir or workdir on an overlay
# description: An overlay can be a lower layer, never the upper layer or
#   the work directory: the kernel refuses either with EINVAL ("filesystem
#   on ... not supported as upperdir", both times) before it writes
#   anything, so neither directory gets a work/ or a uuid.
# title.zh: 叠加的 overlay：overlay 上不能放 upperdir 或 workdir
# description.zh: overlay 可以作为下层，但永远不能作为上层或 work 目录：内核在写入任何东西之前就以 EINVAL 拒绝两者（两次都是 "filesystem on ... not supported as upperdir"），所以两个目录都不会得到 work/ 或 uuid。
mkdir lower upper work merged lower2 upper2 work2 merged2
echo "lower a" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/up merged/wk
mount -t overlay overlay -o lowerdir=./lower2,upperdir=./merged/up,workdir=./work2 ./merged2
mount -t overlay overlay -o lowerdir=./lower2,upperdir=./upper2,workdir=./merged/wk ./merged2
mount -t overlay overlay -o lowerdir=./lower2,upperdir=./merged/up,workdir=./merged/wk ./merged2
ls merged2
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
cat merged2/a.txt
umount merged2
umount merged
