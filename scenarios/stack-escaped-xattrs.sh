# title: Stacked overlays: escaped xattrs are the outer overlay's own
# description: What the inner overlay shows as trusted.overlay.X is what
#   the outer overlay reads. The inner keeps its own xattrs hidden but
#   shows an escaped trusted.overlay.overlay.X (in one of its layers, or
#   set through it as trusted.overlay.X) under the unescaped name, so the
#   outer takes it as its own: a directory escaped-opaque in the inner's
#   lower, or made opaque through merged/, is opaque to the outer, and
#   base/'s copy beneath it is not merged. The outer hides the name in
#   turn, and copy-up does not carry it up.
# title.zh: 叠加的 overlay：转义的扩展属性属于外层 overlay
# description.zh: 内层 overlay 显示为 trusted.overlay.X 的，就是外层 overlay 读到的。内层隐藏自己的扩展属性，但会把转义的 trusted.overlay.overlay.X（位于它的某一层中，或通过它以 trusted.overlay.X 设置）以去掉转义的名字显示出来，于是外层把它当作自己的：在内层下层中以转义方式标为不透明、或通过 merged/ 设为不透明的目录，对外层来说是不透明的，它下面 base/ 中的副本不会被合并。外层又会隐藏这个名字，copy-up 也不会把它带上去。
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
