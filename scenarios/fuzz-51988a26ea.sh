# title: regression found by the differential test (51988a26ea)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（51988a26ea）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir ilower iupper iwork inner upper work merged
mkdir -p ilower/ü
echo "ilower ü/a" > ilower/ü/a
mount -t overlay overlay -o lowerdir=./ilower,upperdir=./iupper,workdir=./iwork ./inner
chown 1:1 upper
mount -t overlay overlay -o lowerdir=./inner,upperdir=./upper,workdir=./work ./merged
rm -r merged/ü/
setfattr -x user.k merged/a
umount merged
umount inner
