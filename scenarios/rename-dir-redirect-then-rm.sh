# title: redirect_dir=on: removing a renamed directory
# description: rm -r of a directory renamed with a redirect whites out its
#   lower children inside the upper copy, then replaces it with a
#   whiteout; the whiteout at the old name stays. Both names are gone.
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/renamed
rm -r merged/renamed
ls merged
umount merged
