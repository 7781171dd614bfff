# title: umount: not mounted, no mount point, busy
# description: umount of a directory that is not a mount point and of a
#   path that does not exist fail with exit 32. A step whose current
#   directory is inside merged/ makes the mount busy (exit 32); from
#   outside it unmounts. (pwd is left out: it prints the real temp path.)
mkdir lower upper work merged
echo "from lower" > lower/a.txt
umount merged
umount nope
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cd merged
umount ../merged
cd ..
umount merged
umount merged
