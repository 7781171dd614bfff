# title: touch copies a lower file up with its data
# description: touch on a lower file copies it up whole (GNU touch opens
#   the file for writing): same content and mode, trusted.overlay.origin
#   on the copy, and trusted.overlay.impure=y on the upper parent.
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
touch merged/a.txt
cat merged/a.txt
umount merged
