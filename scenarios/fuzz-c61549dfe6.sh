# title: regression found by the differential test (c61549dfe6)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
mkdir top base upper work merged
echo "base ü" > base/ü
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,metacopy=on ./merged
ln merged/ü merged/a
echo "one" >> merged/a
umount merged
