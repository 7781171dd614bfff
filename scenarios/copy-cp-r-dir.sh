# title: cp -r of a lower directory inside merged/
# description: cp -r creates new files: the copies have no origin, and
#   the new directory is plain (default options). The source stays in the
#   lower, nothing is copied up.
mkdir lower upper work merged
mkdir -p lower/src/sub
echo "x" > lower/src/x.txt
echo "y" > lower/src/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cp -r merged/src merged/dst
tree merged
umount merged
