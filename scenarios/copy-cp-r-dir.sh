# title: cp -r of a lower directory inside merged/
# description: cp -r creates new files: the copies have no origin, and
#   the new directory is plain (default options). The source stays in the
#   lower, nothing is copied up.
# title.zh: 在 merged/ 中 cp -r 一个下层目录
# description.zh: cp -r 创建的是新文件：副本没有 origin，新目录是普通目录（默认选项）。源目录仍在下层，没有任何东西被 copy-up。
mkdir lower upper work merged
mkdir -p lower/src/sub
echo "x" > lower/src/x.txt
echo "y" > lower/src/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cp -r merged/src merged/dst
tree merged
umount merged
