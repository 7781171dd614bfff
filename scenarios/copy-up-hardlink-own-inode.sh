# title: A copied-up lower hard link gets an inode number of its own
# description: Without index=on, copy-up breaks a lower hard link: merged/b
#   now lives in upper/ while merged/d/a is still the lower file. overlayfs
#   keeps st_ino across copy-up only where the origin's number is sure to
#   be unique (a lower file with one link, or an indexed one), so the two
#   names report different inodes and cp copies one onto the other instead
#   of refusing "are the same file".
# title.zh: copy-up 后的下层硬链接获得自己的 inode 号
# description.zh: 未开启 index=on 时，copy-up 会拆开下层硬链接：merged/b 现在位于 upper/，而 merged/d/a 仍是下层文件。只有当 origin 的 inode 号确定唯一时（只有一个链接的下层文件，或已建索引的文件），overlayfs 才在 copy-up 前后保持 st_ino，所以两个名字报告不同的 inode，cp 会把一个复制到另一个上，而不是拒绝并提示“are the same file”。
mkdir lower upper work merged
echo "lower b" > lower/b
mkdir -p lower/d
ln lower/b lower/d/a
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=off ./merged
echo "x y" > merged/b
cp merged/b merged/d/a
cat merged/d/a
umount merged
