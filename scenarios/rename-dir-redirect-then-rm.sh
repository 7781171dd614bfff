# title: redirect_dir=on: removing a renamed directory
# description: rm -r of a directory renamed with a redirect removes its
#   upper copy without leaving a whiteout at the new name (no lower
#   entry has that name); the whiteout at the old name keeps hiding the
#   lower directory.
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/renamed
rm -r merged/renamed
ls merged
umount merged
