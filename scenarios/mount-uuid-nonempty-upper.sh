# title: A non-empty upper still gets a uuid on its first mount
# description: uuid=auto looks for trusted.overlay.impure on the upper
#   root, not for files: an upper filled by hand (even with a directory)
#   gets trusted.overlay.uuid on its first mount.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
echo "from upper" > upper/b.txt
mkdir upper/dir
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
umount merged
