# title: regression found by the differential test (b3766a92c2)
# description: a random scenario, shrunk, on which the engine and the kernel once disagreed.
# title.zh: 差分测试发现的回归（b3766a92c2）
# description.zh: 一个随机生成并经过缩减的场景，引擎与内核曾在其上结果不一致。
mkdir top mid base upper work merged
mkdir -p top/c
setfattr -n trusted.overlay.opaque -v x top/c
mkdir -p upper/b
mkdir -p upper/c
mount -t overlay overlay -o lowerdir=./top:./mid:./base,upperdir=./upper,workdir=./work,userxattr,xino=on ./merged
mv upper/c upper/b/a
