# title: Stacked overlays: escaped xattrs are the outer overlay's own
# description: What the inner overlay shows as trusted.overlay.X is what
#   the outer overlay reads. The inner keeps its own xattrs hidden but
#   shows an escaped trusted.overlay.overlay.X (in one of its layers, or
#   set through it as trusted.overlay.X) under the unescaped name, so the
#   outer takes it as its own: a directory escaped-opaque in the inner's
#   lower, or made opaque through merged/, is opaque to the outer, and
#   base/'s copy beneath it is not merged. The outer hides the name in
#   turn, and copy-up does not carry it up.
mkdir lower upper work merged upper2 work2 merged2 base
mkdir lower/dd lower/d2 base/dd base/d2 base/d3 lower/d3
echo "x" > lower/dd/x.txt
echo "y" > base/dd/y.txt
echo "z" > base/d2/z.txt
echo "w" > base/d3/w.txt
setfattr -n trusted.overlay.overlay.opaque -v y lower/dd
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
getfattr -d -m - merged/dd
setfattr -n trusted.overlay.opaque -v y merged/d2
mount -t overlay overlay -o lowerdir=./merged:./base,upperdir=./upper2,workdir=./work2 ./merged2
ls merged2/dd merged2/d2 merged2/d3
getfattr -d -m - merged2/dd
touch merged2/dd/new.txt
ls merged2/dd
umount merged2
umount merged
