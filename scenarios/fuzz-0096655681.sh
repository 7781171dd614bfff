# title: regression found by the differential test (0096655681)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（0096655681）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir top base upper work merged
mkdir -p base/a/c
mkdir -p upper/a/b
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,redirect_dir=off,index=on ./merged
rm -rf upper/a
rm -rf merged/a/c
