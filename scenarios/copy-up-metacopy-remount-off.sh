# title: A metacopy file mounted later without metacopy
# description: A metacopy upper file needs metacopy=on to be followed to
#   its lower data. Mounted without it, the lookup is refused (EPERM):
#   the name drops out of the listing and cat fails. Mounted again with
#   metacopy=on it is fine.
mkdir lower upper work merged
echo "data in lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 600 merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
cat merged/a.txt
umount merged
