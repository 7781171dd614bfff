# title: regression found by the differential test (0a03d82fab)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（0a03d82fab）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir lower upper work merged
mkdir -p lower/a/a
mkdir -p upper/d
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on ./merged
mv -T merged/d merged/a/a
mkdir merged/a
umount merged
