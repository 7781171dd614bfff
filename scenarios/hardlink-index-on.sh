# title: index=on keeps lower hard links together
# description: With index=on, copying up one name of a lower file that has
#   two links first creates work/index/<fh> (named by the hex of the lower
#   file handle) and hard-links it as upper/a.txt; both carry origin and
#   trusted.overlay.nlink ("U+0": the overlay link count equals the upper
#   one). b.txt, still only in lower, shows the new content through the
#   index. Copying up b.txt links it to the same index inode.
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
echo "via a" >> merged/a.txt
cat merged/b.txt
chmod 600 merged/b.txt
echo "via b" >> merged/b.txt
cat merged/a.txt
umount merged
