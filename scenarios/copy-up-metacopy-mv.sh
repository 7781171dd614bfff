# title: metacopy=on: renaming a file copies metadata only
# description: mv of a lower file under metacopy=on makes a metacopy at
#   the new name with trusted.overlay.redirect pointing at the lower
#   name: relative ("a.txt") within the same directory, absolute
#   ("/dir/b.txt") from another one. A whiteout is left at the old name.
#   Writing later copies the data and drops the metacopy mark; the
#   redirect stays.
mkdir lower upper work merged
mkdir lower/dir
echo "from lower" > lower/a.txt
echo "deep" > lower/dir/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
mv merged/a.txt merged/renamed.txt
mv merged/dir/b.txt merged/moved.txt
cat merged/renamed.txt merged/moved.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
cat merged/renamed.txt merged/moved.txt
echo "data now" >> merged/moved.txt
umount merged
