# title: regression found by the differential test (c61549dfe6)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（c61549dfe6）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir top base upper work merged
echo "base ü" > base/ü
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,metacopy=on ./merged
ln merged/ü merged/a
echo "one" >> merged/a
umount merged
