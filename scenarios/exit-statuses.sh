# title: Exit statuses of failing commands through merged/
# description: GNU tools exit 1 on every failure here: mkdir of an
#   existing name, rmdir of a missing or non-empty directory, rm of a
#   directory without -r, cat of a directory or missing file, ln onto an
#   existing name, mv of a missing file, readlink of a non-symlink, mknod
#   over an existing name. ls of a missing path exits 2. `||` and `&&`
#   act on those statuses.
mkdir lower upper work merged
mkdir lower/dir
echo "l" > lower/dir/l.txt
echo "a" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/dir
rmdir merged/missing
rmdir merged/dir
rm merged/dir
cat merged/dir
cat merged/missing
ln merged/a.txt merged/dir/l.txt
mv merged/missing merged/x
readlink merged/a.txt
ls merged/missing
mknod merged/a.txt c 0 0
mkdir merged/dir || echo "mkdir failed"
cat merged/a.txt && echo "cat worked"
umount merged
