# title: A name that appears in upper/ behind the overlay stays unreachable
# description: Looking up a missing name caches a negative dentry. When the
#   name then appears in upper/ directly, creating it through the overlay
#   (mkdir, ln) fails with ESTALE: the upper has it, the cache says it is
#   not there. The failed create keeps the negative dentry, so the name is
#   listed but cannot be reached until the next mount.
mkdir lower upper work merged
echo "from lower" > lower/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/b/c
cat merged/g
mkdir -p upper/b
echo "behind" > upper/g
mkdir -p merged/b/d
ln merged/f merged/g
cat merged/g
ls merged/b
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
cat merged/g
ls merged
umount merged
