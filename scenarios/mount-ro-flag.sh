# title: mount -o ro with an upperdir
# description: A read-only mount with upper and work still stamps the
#   uuid and creates work/work; writes fail with EROFS (status 1).
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o ro,lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
echo "edit" > merged/a.txt
rm -f merged/a.txt
umount merged
