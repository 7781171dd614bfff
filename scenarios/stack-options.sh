# title: Stacked overlays: index falls back, redirects work, changes in the inner
# description: index=on over an overlay lower falls back to index=off (the
#   inner overlay cannot decode file handles; the kernel logs "does not
#   support file handles, falling back to index=off,nfs_export=off"), so
#   work2/index is never made. With redirect_dir=on a directory from the
#   overlay lower is renamed with a redirect and an empty origin. Changing
#   the inner after the outer looked a name up is changing a lower layer
#   while mounted: the outer's cached name still reads the old file, while
#   its listing, read through the inner, no longer has the name.
# title.zh: 叠加的 overlay：index 回退、redirect 可用、内层中的变化
# description.zh: 在 overlay 下层之上开启 index=on 会回退为 index=off（内层 overlay 无法解码文件句柄；内核日志为 "does not support file handles, falling back to index=off,nfs_export=off"），所以永远不会创建 work2/index。开启 redirect_dir=on 时，来自 overlay 下层的目录以 redirect 和空 origin 重命名。在外层查找过某个名字之后修改内层，等同于在挂载期间修改下层：外层缓存的名字仍读到旧文件，而经由内层读取的列表中已经没有这个名字。
mkdir lower upper work merged upper2 work2 merged2
echo "lower a" > lower/a.txt
echo "lower b" > lower/b.txt
mkdir lower/dd
echo "x" > lower/dd/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2,index=on ./merged2
ls work2
umount merged2
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2,redirect_dir=on ./merged2
mv merged2/dd merged2/ee
ls merged2/ee
cat merged2/a.txt
rm merged/a.txt
cat merged2/a.txt
ls merged2
echo "new" > merged/a.txt
cat merged2/a.txt
ls merged2
umount merged2
umount merged
