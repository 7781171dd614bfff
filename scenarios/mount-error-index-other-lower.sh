# title: index=on ties an upper to its lower
# description: After an index=on mount recorded the lower root's origin on
#   the upper root, mounting the same upper with index=on over another
#   lower fails with ESTALE ("failed to verify upper root origin", exit
#   32). Without index the same mount is accepted.
mkdir lower other upper work merged
echo "from lower" > lower/a.txt
echo "from other" > other/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./other,upperdir=./upper,workdir=./work,index=on ./merged
mount -t overlay overlay -o lowerdir=./other,upperdir=./upper,workdir=./work ./merged
ls merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
