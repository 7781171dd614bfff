# title: ln through merged/ with index=on
# description: A lower file with a single link is copied up normally (no
#   index entry: only lower hard links are indexed unless nfs_export=on)
#   and the new name is an ordinary upper hard link; no nlink xattr.
mkdir lower upper work merged
echo "single" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ln merged/a.txt merged/b.txt
echo "more" >> merged/b.txt
cat merged/a.txt
umount merged
