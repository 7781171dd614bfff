# title: Stacked overlays: no upperdir or workdir on an overlay
# description: An overlay can be a lower layer, never the upper layer or
#   the work directory: the kernel refuses either with EINVAL ("filesystem
#   on ... not supported as upperdir", both times) before it writes
#   anything, so neither directory gets a work/ or a uuid.
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
