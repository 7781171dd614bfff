# title: regression found by the differential test (5a26242934)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（5a26242934）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir ilower iupper iwork inner base upper work merged
mkdir -p ilower/a
mkdir -p base/a/a
mount -t overlay overlay -o lowerdir=./ilower,upperdir=./iupper,workdir=./iwork ./inner
echo "x y" > inner/a/d
rm -rf ilower/a
mount -t overlay overlay -o lowerdir=./inner:./base,upperdir=./upper,workdir=./work,redirect_dir=off,metacopy=off,index=off ./merged
