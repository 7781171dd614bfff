# title: rm with nfs_export=on over a whiteout made in upper behind the overlay
# description: With nfs_export=on every lower file is indexed, so rm first
#   copies the file up to make its index. A whiteout slipped into upper/
#   under the same name, after the overlay had looked the file up, makes
#   the kernel's rm fail with EEXIST: the index entry is made, upper/ is
#   marked impure, but linking the index into upper/c (ovl_link_up) finds
#   the name taken.
# title.zh: nfs_export=on 时，在 overlay 背后于上层造出 whiteout 后执行 rm
# description.zh: nfs_export=on 时每个下层文件都会建立索引，所以 rm 会先 copy-up 该文件以建立索引。在 overlay 查找过该文件之后，向 upper/ 偷偷放入同名 whiteout，内核的 rm 会以 EEXIST 失败：索引项已建立，upper/ 被标记为 impure，但把索引链接到 upper/c（ovl_link_up）时发现该名字已被占用。
mkdir top base upper work merged
echo "top c" > top/c
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,nfs_export=on ./merged
cat merged/c
mknod upper/c c 0 0
rm merged/c
umount merged
