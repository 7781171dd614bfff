# title: With nfs_export, a merged dir whose upper was not indexed is no origin type
# description: upper/a was made by hand over base/a, so it has no index
#   entry. With nfs_export=on overlayfs does not key such an inode by its
#   lower (ovl_hash_bylower), so it is not of origin type even after its
#   first lookup stores an origin: moving it into another directory sets a
#   redirect but does not mark the new parent impure.
# title.zh: 开启 nfs_export 时，上层未建索引的合并目录不属于 origin 类型
# description.zh: upper/a 是在 base/a 之上手工创建的，所以没有索引条目。开启 nfs_export=on 时，overlayfs 不按下层为这种 inode 建哈希（ovl_hash_bylower），因此即使第一次查找存储了 origin，它也不属于 origin 类型：把它移到另一个目录会设置 redirect，但不会把新父目录标记为 impure。
mkdir lower1 lower2 upper work merged
mkdir -p lower1/c
mkdir -p lower2/a
mkdir -p upper/a/b
mount -t overlay overlay -o lowerdir=./lower1:./lower2,upperdir=./upper,workdir=./work,redirect_dir=on,index=on,nfs_export=on ./merged
mv -T merged/a merged/c/c
ls merged/c/c
umount merged
