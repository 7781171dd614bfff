# title: echo > on a lower file: copy-up, then truncate
# description: Opening with O_TRUNC still copies up (the copy keeps an
#   origin xattr); the data is then replaced.
mkdir lower upper work merged
echo "old content from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "new" > merged/a.txt
cat merged/a.txt
umount merged
