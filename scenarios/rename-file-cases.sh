# title: Renaming files: lower-only, upper-only, in both, across dirs
# description: A lower file is copied up, renamed in the upper and its old
#   name whited out. An upper-only file is just renamed (no whiteout). A
#   file present in both layers leaves a whiteout. Moving into another
#   directory copies up the destination directory first. Without
#   metacopy no redirect xattr is set on files.
mkdir lower upper work merged
mkdir lower/dir
echo "lower only" > lower/lo.txt
echo "upper only" > upper/up.txt
echo "both, lower" > lower/both.txt
echo "both, upper" > upper/both.txt
echo "to move" > lower/move.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/lo.txt merged/lo2.txt
mv merged/up.txt merged/up2.txt
mv merged/both.txt merged/both2.txt
mv merged/move.txt merged/dir/
ls merged merged/dir
umount merged
