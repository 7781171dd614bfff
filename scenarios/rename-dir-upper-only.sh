# title: Renaming an upper-only directory needs no redirect
# description: A directory created through merged/ (pure upper) is
#   renamed directly, with or without redirect_dir: no xattr, no
#   whiteout.
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/new
echo "n" > merged/new/n.txt
mv merged/new merged/renamed
ls merged
umount merged
