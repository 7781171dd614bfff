# title: A copied-up file's lower renamed behind the overlay: one inode, or Stale file handle
# description: A copy-up records the lower file in trusted.overlay.origin, and
#   the overlay keys the file's inode by that lower object
#   (ovl_hash_bylower). Rename the lower file while unmounted and mount
#   again: its new name and the upper copy are then two names of one overlay
#   inode. Found after the upper copy, the new name shows the copy (mode,
#   data) and writing to it links it to the copy in upper/ (ovl_link_up). Found
#   before, the inode has no upper, and looking up the copy fails
#   ovl_verify_inode with ESTALE, "Stale file handle"; so does removing the
#   new name while its inode's upper is the copy's. Giving the new name its
#   own upper does not help (another upper); removing it does, as it drops
#   the inode. The oracle looks names up in sorted order,
#   directory by directory, so `a` comes before `d/f` and `d/g` before `z`.
# title.zh: 已 copy-up 文件的下层在 overlay 背后被改名：同一个 inode，或 Stale file handle
# description.zh: copy-up 会在 trusted.overlay.origin 中记下下层文件，overlay 以该下层对象作为文件 inode 的键（ovl_hash_bylower）。卸载时把下层文件改名再挂载：它的新名字和上层副本就成了同一个 overlay inode 的两个名字。若先找到上层副本，新名字显示副本的模式和数据，写入它时会在 upper/ 中链接到副本（ovl_link_up）。若先找到新名字，inode 没有上层，之后查找副本时 ovl_verify_inode 失败，返回 ESTALE（"Stale file handle"）；当新名字的 inode 上层是副本时，删除新名字也一样失败。让新名字有自己的上层无济于事（上层不同）；删除它才行，因为 inode 随之释放。oracle 按排序后的顺序逐目录查找名字，所以 `a` 在 `d/f` 之前，`d/g` 在 `z` 之前。
mkdir l upper work merged
mkdir l/d
echo f > l/d/f
echo g > l/d/g
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work ./merged
chmod 600 merged/d/f merged/d/g
umount merged
mv l/d/f l/a
mv l/d/g l/z
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work ./merged
cat merged/d/f 2>&1
cat merged/a merged/d/g merged/z 2>&1
ls merged/d
rm merged/d/f 2>&1
chmod 700 merged/d/f 2>&1
rm merged/z 2>&1
echo more >> merged/z
cat merged/d/g merged/z
echo more >> merged/a
cat merged/d/f 2>&1
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/d/f merged/d/g 2>&1
rm merged/a
cat merged/d/f 2>&1
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work ./merged
cat merged/d/f 2>&1
umount merged
