# title: With nfs_export, a merged dir whose upper was not indexed is no origin type
# description: upper/a was made by hand over base/a, so it has no index
#   entry. With nfs_export=on overlayfs does not key such an inode by its
#   lower (ovl_hash_bylower), so it is not of origin type even after its
#   first lookup stores an origin: moving it into another directory sets a
#   redirect but does not mark the new parent impure.
mkdir lower1 lower2 upper work merged
mkdir -p lower1/c
mkdir -p lower2/a
mkdir -p upper/a/b
mount -t overlay overlay -o lowerdir=./lower1:./lower2,upperdir=./upper,workdir=./work,redirect_dir=on,index=on,nfs_export=on ./merged
mv -T merged/a merged/c/c
ls merged/c/c
umount merged
