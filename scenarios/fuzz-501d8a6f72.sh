# title: regression found by the differential test (501d8a6f72)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（501d8a6f72）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir top base upper work merged
mkdir -p base/a/a
mkdir -p base/b/名/d
mkdir -p upper/b/b/d
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,redirect_dir=on,metacopy=on,index=on,xino=auto,uuid=null ./merged
touch merged/a/a
mv upper/b upper/a
