# title: A renamed directory keeps the lower it was looked up with
# description: rename(2) moves the dentry: merged/b, looked up (and listed)
#   while base/b was its lower, keeps that lower stack at its new name
#   merged/a, even though a file slipped into top/b behind the overlay's
#   back would now stop a fresh lookup following the redirect "b". Only a
#   new mount looks again.
mkdir top base upper work merged
mkdir -p base/b
echo "base b/a" > base/b/a
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
echo "late" > top/b
mv merged/b merged/a
ls merged/a
umount merged
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
ls merged/a
umount merged
