# title: mv of a lower directory without redirect_dir
# description: rename(2) of a directory that exists in the lower fails
#   with EXDEV without redirect_dir; mv then copies the tree to the new
#   name and removes the old one. The user sees success; upper/ holds a
#   plain new directory whose files are new files (no origin xattr) and
#   a whiteout at the old name.
mkdir lower upper work merged
mkdir -p lower/dir/sub
echo "x" > lower/dir/x.txt
echo "y" > lower/dir/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/dir merged/moved
ls merged merged/moved
umount merged
