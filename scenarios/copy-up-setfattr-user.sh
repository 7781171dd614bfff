# title: setfattr user.* copies up and sets the xattr on the copy
# description: Setting a user xattr through merged/ copies the file up;
#   the xattr lands on the upper copy next to trusted.overlay.origin and
#   getfattr through merged/ shows it (but not the overlay's own xattrs).
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setfattr -n user.color -v blue merged/a.txt
getfattr -n user.color merged/a.txt
getfattr -d merged/a.txt
umount merged
