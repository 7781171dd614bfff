# title: ln (hard link) of a lower file copies it up first
# description: link(2) copies the lower file up, then links the copy:
#   upper/a.txt and upper/b.txt are one inode, both carrying the same
#   origin. Without index nothing else records the link.
# title.zh: 对下层文件 ln（硬链接）会先将其 copy-up
# description.zh: link(2) 先把下层文件 copy-up，再链接这个副本：upper/a.txt 和 upper/b.txt 是同一个 inode，带有相同的 origin。没有 index 时，不会有其他地方记录这个链接。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ln merged/a.txt merged/b.txt
echo "via b" >> merged/b.txt
cat merged/a.txt
umount merged
