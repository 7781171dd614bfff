# title: nfs_export=on turns index on
# description: nfs_export=on implies index=on: work/index appears and the
#   upper root records the lower root origin. Directories copied up are
#   also indexed.
mkdir lower upper work merged
mkdir lower/dir
echo "from lower" > lower/dir/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on ./merged
echo "edit" > merged/dir/a.txt
umount merged
