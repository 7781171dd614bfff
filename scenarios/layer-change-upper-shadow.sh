# title: Writing the upper behind the overlay's back
# description: Once a lower file has been looked up through merged/, a
#   file created with the same name directly in upper/ is not seen at
#   once: the cached lookup still points at the lower file. After umount
#   and mount the upper file wins.
mkdir lower upper work merged
echo "lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
echo "upper" > upper/a.txt
cat merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
umount merged
