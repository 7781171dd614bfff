# title: A failed lookup is remembered when the lower changes later
# description: cat of a missing name through merged/ caches a negative
#   lookup. A file then created with that name directly in the lower is
#   listed by readdir but the cached lookup still says "no such file", so
#   it is unresolvable until umount and mount.
mkdir lower upper work merged
echo "a" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/late.txt
echo "arrived late" > lower/late.txt
ls merged
cat merged/late.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/late.txt
umount merged
