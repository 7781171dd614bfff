# title: chmod on a lower directory copies up only the directory
# description: A directory is copied up without its children: upper gets
#   an empty directory with the new mode and trusted.overlay.origin; the
#   merged view still lists the lower children.
mkdir lower upper work merged
mkdir lower/dir
echo "child" > lower/dir/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
chmod 700 merged/dir
ls merged/dir
touch merged/dir
umount merged
