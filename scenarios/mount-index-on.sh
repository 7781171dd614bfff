# title: index=on creates work/index and records the lower root
# description: With index=on the mount creates work/index (mode 0000,
#   trusted.overlay.upper = file handle of the upper root) and the upper
#   root gets trusted.overlay.origin (file handle of the lower root) next
#   to trusted.overlay.uuid.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
