# title: A metacopy upper rewritten behind the overlay
# description: Found by the differential census (seed 1001). The size
#   stat shows for a metacopy file is its upper inode's (ovl_getattr); the
#   data comes from below. Writing the upper directly while mounted makes
#   them differ: stat says 5 bytes, cat reads the lower's 6, and the
#   oracle (which reads st_size bytes) records 5.
mkdir lower upper work merged
echo "top c" > lower/c
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
setfattr -n user.x -v y merged/c
echo "late" > upper/c
cat merged/c
stat -c %s merged/c
umount merged
