# title: A directory removed from upper/ behind the overlay reads as empty
# description: merged/d was looked up while upper/d existed; then upper/d is
#   removed directly. The cached dentry still stats as a directory, and
#   reading it fails in the kernel with ENOENT, which glibc's readdir takes
#   as the end of the directory: ls, tree and chmod -R see an empty
#   directory and cp -r copies one. Removing it through the overlay fails.
mkdir lower upper work merged
mkdir -p lower/b
mkdir -p upper/d/c upper/a
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -rf upper/d
ls merged/d
cp -r merged/d merged/a/c
ls merged/a
tree merged/d
chmod -R u+x merged/d
rm -r merged/d
ls merged
umount merged
