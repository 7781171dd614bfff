# title: regression found by the differential test (b2e0f13638)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（b2e0f13638）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir ilower iupper iwork inner mid base upper work merged
mkdir -p mid/b/d/名
mkdir -p upper/d/c
mkdir -p upper/b/d/a
mount -t overlay overlay -o lowerdir=./inner:./mid:./base,upperdir=./upper,workdir=./work,redirect_dir=off,index=on ./merged
mv upper/b upper/d/a
getfattr -d -m - merged/d/b
