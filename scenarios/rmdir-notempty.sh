# title: rmdir of a merged directory: ENOTEMPTY until all is whited out
# description: rmdir fails (exit 1, ENOTEMPTY) while a lower child is
#   visible. After the children are removed the directory holds only
#   whiteouts in upper/, and rmdir succeeds: the upper directory and its
#   whiteouts are removed and one whiteout for the directory is left.
mkdir lower upper work merged
mkdir lower/dir
echo "a" > lower/dir/a.txt
echo "b" > lower/dir/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rmdir merged/dir
rm merged/dir/a.txt
rmdir merged/dir
rm merged/dir/b.txt
ls -a merged/dir
rmdir merged/dir
ls merged
umount merged
