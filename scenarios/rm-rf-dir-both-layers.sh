# title: rm -r of a directory present in lower and upper
# description: rm -r removes each child (upper children unlinked, lower
#   ones whited out), then rmdir cleans the upper directory and leaves a
#   single whiteout for it.
mkdir lower upper work merged
mkdir lower/dir upper/dir
mkdir lower/dir/sub
echo "lower" > lower/dir/lo.txt
echo "lower sub" > lower/dir/sub/x.txt
echo "upper" > upper/dir/up.txt
echo "both l" > lower/dir/both.txt
echo "both u" > upper/dir/both.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm -r merged/dir
ls -a merged
umount merged
