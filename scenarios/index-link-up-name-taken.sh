# title: Index link-up onto a name taken behind the overlay
# description: With nfs_export=on every lower file is copied up through
#   work/index and then linked to its name in upper/ (ovl_link_up). Once a
#   whiteout or a file is slipped into upper/ under that name after the
#   overlay looked the file up, every operation that copies it up fails with
#   EEXIST: mv from it or onto it, chmod, truncate, rm, append. The index
#   entry stays, counted relative to the lower ("L+0"). With index=on, hard
#   links are indexed the same way: the other names keep the shared inode,
#   so they still read it, link from it, and fail to link up where their own
#   name is taken.
# title.zh: 索引 link-up 时名字已在 overlay 背后被占用
# description.zh: nfs_export=on 时，每个下层文件都先经 work/index 复制上来，再链接到 upper/ 中的同名位置（ovl_link_up）。overlay 查找过该文件之后，若有人在 upper/ 中同名处偷偷放入 whiteout 或文件，之后每个需要 copy-up 它的操作都会以 EEXIST 失败：从它 mv、mv 到它、chmod、truncate、rm、追加写入。索引项保留，其计数相对于下层（"L+0"）。index=on 时硬链接也同样经过索引：其他名字共享同一 inode，仍可读取、从它建立链接，而在自己的名字被占用时 link-up 失败。
mkdir l upper work merged
echo a > l/a
echo b > l/b
echo c > l/c
echo d > l/d
echo e > l/e
echo x > l/x
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,nfs_export=on ./merged
cat merged/a merged/b merged/c merged/d merged/e
mknod upper/a c 0 0
mknod upper/b c 0 0
mknod upper/c c 0 0
mknod upper/d c 0 0
echo slipped > upper/e
mv merged/a merged/a2
mv merged/x merged/b
chmod 600 merged/c
truncate -s 1 merged/d
rm merged/e
cat merged/e
echo more >> merged/c
umount merged
rm -r upper work
mkdir upper work
echo h > l/h
ln l/h l/h2
ln l/h l/h3
echo k > l/k
ln l/k l/k2
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/h merged/h2 merged/h3 merged/k merged/k2 merged/c
mknod upper/h2 c 0 0
echo slipped > upper/k
mknod upper/c c 0 0
rm merged/c
ln merged/h merged/h4
cat merged/h2
rm merged/h2
chmod 600 merged/h2
truncate -s 0 merged/k
mv merged/k2 merged/k3
cat merged/k merged/k3
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/h merged/h2 merged/h3 merged/h4 merged/k merged/k3
umount merged
