# title: Mounting twice on the same mount point stacks the mounts
# description: A second mount on merged/ hides the first; each umount
#   removes the topmost one, and a third umount fails with "not mounted"
#   (exit 32).
mkdir lower other upper work upper2 work2 merged
echo "from lower" > lower/a.txt
echo "from other" > other/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./other,upperdir=./upper2,workdir=./work2 ./merged
ls merged
umount merged
ls merged
umount merged
umount merged
ls merged
