# title: ln (hard link) of a lower file copies it up first
# description: link(2) copies the lower file up, then links the copy:
#   upper/a.txt and upper/b.txt are one inode, both carrying the same
#   origin. Without index nothing else records the link.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ln merged/a.txt merged/b.txt
echo "via b" >> merged/b.txt
cat merged/a.txt
umount merged
