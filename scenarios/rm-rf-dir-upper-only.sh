# title: rm -rf of a directory found only in the upper
# description: Nothing below to hide: the directory and its contents are
#   simply removed, no whiteout, and no shared whiteout in work/work.
mkdir lower upper work merged
mkdir -p upper/dir/sub
echo "x" > upper/dir/x.txt
echo "y" > upper/dir/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -rf merged/dir
ls merged
umount merged
