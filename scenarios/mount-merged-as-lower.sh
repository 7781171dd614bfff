# title: One overlay's merged/ as the lower of another
# description: An overlay can stack on another overlay's mount point.
#   Copy-up from an overlay lower stores an empty trusted.overlay.origin
#   (overlayfs gives no file handle here). An overlay mount point cannot
#   be an upperdir. The inner overlay can be unmounted first: the outer
#   keeps its own copy of the mount.
mkdir lower upper work merged upper2 work2 merged2
echo "from lower" > lower/a.txt
mkdir merged/sub
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
cat merged2/a.txt
echo "edit" > merged2/a.txt
mkdir merged/up merged/wk
mount -t overlay overlay -o lowerdir=./lower,upperdir=./merged/up,workdir=./merged/wk ./merged2
umount merged
ls merged2
umount merged2
