# title: Whiteouts made by hand in the lower layers
# description: A whiteout in the top lower hides the same name in the
#   base. A whiteout in a lower-only directory of a read-only stack is
#   listed but unresolvable, like in the upper. A lone whiteout in a lower
#   with nothing below hides nothing and is simply not there.
mkdir top base upper work merged
mkdir top/solo
echo "base a" > base/a.txt
mknod top/a.txt c 0 0
mknod top/solo/ghost c 0 0
mknod top/nothing c 0 0
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work ./merged
ls merged merged/solo
cat merged/a.txt
echo "new" > merged/a.txt
umount merged
