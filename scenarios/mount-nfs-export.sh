# title: nfs_export=on turns index on
# description: nfs_export=on implies index=on: work/index appears and the
#   upper root records the lower root origin. Directories copied up are
#   also indexed.
# title.zh: nfs_export=on 会开启 index
# description.zh: nfs_export=on 意味着 index=on：出现 work/index，上层根目录记录下层根目录的 origin。copy-up 的目录也会被建立索引。
mkdir lower upper work merged
mkdir lower/dir
echo "from lower" > lower/dir/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on ./merged
echo "edit" > merged/dir/a.txt
umount merged
