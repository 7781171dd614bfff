# title: One overlay's merged/ as the lower of another
# description: An overlay can stack on another overlay's mount point.
#   Copy-up from an overlay lower stores an empty trusted.overlay.origin
#   (overlayfs gives no file handle here). An overlay mount point cannot
#   be an upperdir. The inner overlay can be unmounted first: the outer
#   keeps its own copy of the mount.
# title.zh: 把一个 overlay 的 merged/ 作为另一个 overlay 的下层
# description.zh: overlay 可以叠在另一个 overlay 的挂载点上。从 overlay 下层 copy-up 时会存储一个空的 trusted.overlay.origin（这里 overlayfs 给不出文件句柄）。overlay 挂载点不能作为 upperdir。内层 overlay 可以先卸载：外层保留着自己那份挂载。
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
