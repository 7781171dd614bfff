# title: regression found by the differential test (0a03d82fab)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
mkdir lower upper work merged
mkdir -p lower/a/a
mkdir -p upper/d
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on ./merged
mv -T merged/d merged/a/a
mkdir merged/a
umount merged
