# title: Stacked overlays: index falls back, redirects work, changes in the inner
# description: index=on over an overlay lower falls back to index=off (the
#   inner overlay cannot decode file handles; the kernel logs "does not
#   support file handles, falling back to index=off,nfs_export=off"), so
#   work2/index is never made. With redirect_dir=on a directory from the
#   overlay lower is renamed with a redirect and an empty origin. Changing
#   the inner after the outer looked a name up is changing a lower layer
#   while mounted: the outer's cached name still reads the old file, while
#   its listing, read through the inner, no longer has the name.
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
