# title: Renaming an opaque directory
# description: A directory re-created over a whiteout is opaque and has
#   no lower to redirect to: it is renamed as is (opaque kept), with a
#   whiteout left at the old name because a lower entry is there, and
#   with redirect_dir=on no redirect is stored.
mkdir lower upper work merged
mkdir lower/dir
echo "old" > lower/dir/old.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
rm -r merged/dir
mkdir merged/dir
echo "new" > merged/dir/new.txt
mv merged/dir merged/renamed
ls merged merged/renamed
umount merged
