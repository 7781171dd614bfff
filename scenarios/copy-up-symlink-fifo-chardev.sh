# title: Copy-up of a symlink, a fifo and a character device
# description: A hard link to a lower symlink copies the symlink up (same
#   target, origin xattr). chmod on a lower fifo and on a lower character
#   device copies each up as the same kind of node (a 1/3 device stays
#   1/3), with origin, then changes the mode.
# title.zh: 符号链接、FIFO 和字符设备的 copy-up
# description.zh: 对下层符号链接建立硬链接会把该符号链接 copy-up（目标相同，带 origin 扩展属性）。对下层 FIFO 和下层字符设备 chmod，会把它们各自 copy-up 为同类节点（1/3 设备仍是 1/3），带 origin，然后修改权限。
mkdir lower upper work merged
echo "target" > lower/t.txt
ln -s t.txt lower/link
mknod lower/pipe p
mknod lower/null c 1 3
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ln merged/link merged/link2
readlink merged/link2
chmod 600 merged/pipe
chmod 600 merged/null
umount merged
