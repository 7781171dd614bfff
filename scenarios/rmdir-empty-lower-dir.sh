# title: rmdir of an empty lower directory
# description: rmdir of a directory that exists only in the lower (and is
#   empty) leaves a whiteout in upper/; no copy-up of the directory.
mkdir lower upper work merged
mkdir lower/empty
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rmdir merged/empty
ls merged
mkdir merged/empty
ls merged/empty
umount merged
