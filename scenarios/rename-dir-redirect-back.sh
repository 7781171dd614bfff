# title: redirect_dir=on: renaming a directory back to its old name
# description: Renaming back removes the redirect? No: the upper copy is
#   renamed over the whiteout at the original name; the kernel then finds
#   the directory by its own name and keeps the stored redirect only if
#   it differs from the name.
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/tmp
mv merged/tmp merged/dir
ls merged merged/dir
umount merged
