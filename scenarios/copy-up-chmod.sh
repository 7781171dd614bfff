# title: chmod copies up, then changes the copy's mode
# description: chmod on a lower file copies it up with data and origin,
#   then applies the new mode to the upper copy; the lower keeps 0644.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
chmod 600 merged/a.txt
umount merged
