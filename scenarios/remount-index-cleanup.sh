# title: Index entries across umount and mount
# description: With index=on, a copied-up lower hard link lives in
#   work/index/<fh> and in upper/. When every name of it is removed, the
#   index entry becomes a whiteout; the next index=on mount cleans up
#   stale index entries.
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
echo "more" >> merged/a.txt
cat merged/b.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
rm merged/a.txt
rm merged/b.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
