# title: regression found by the differential test (e09e148a3f)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（e09e148a3f）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir top base upper work merged
mkdir -p base/a
ln -s a base/a/a
chown 1:1 upper
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,userxattr,nfs_export=on ./merged
rm -rf merged/a/
readlink merged/a/
umount merged
