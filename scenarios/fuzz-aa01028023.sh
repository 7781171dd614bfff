# title: regression found by the differential test (aa01028023)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（aa01028023）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir ilower iupper iwork inner upper work merged
mount -t overlay overlay -o lowerdir=./ilower,upperdir=./iupper,workdir=./iwork ./inner
mkdir -p upper/b
echo "upper b/ü" > upper/b/ü
chown 1:1 upper
mount -t overlay overlay -o lowerdir=./inner,upperdir=./upper,workdir=./work,ro,userxattr ./merged
mv upper/b upper/a
echo "late" > inner/b
umount merged
umount inner
