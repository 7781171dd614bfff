# title: Copy-up copies xattrs, except the overlay's own
# description: A lower file's user.* and other trusted.* xattrs are copied
#   to the upper copy; trusted.overlay.* xattrs of the lower file (here a
#   meaningless opaque on a file) are not copied.
mkdir lower upper work merged
echo "a" > lower/a.txt
setfattr -n user.note -v hi lower/a.txt
setfattr -n trusted.foo -v bar lower/a.txt
setfattr -n trusted.overlay.opaque -v y lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
chmod 600 merged/a.txt
umount merged
