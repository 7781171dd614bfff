# title: The same upper and work used by two mounts at once
# description: Without index the kernel only warns ("upperdir is in-use
#   ... undefined behavior") and the second mount succeeds; both mount
#   points show the same upper. With index=on the second mount is refused
#   (EBUSY, exit 32).
mkdir lower upper work merged merged2
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged2
echo "via merged" > merged/b.txt
cat merged2/b.txt
umount merged2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged2
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged2
umount merged
