# title: Stacked overlays: a directory the inner overlay can no longer read
# description: inner/a merges iupper/a (after a copy-up) and ilower/a; then
#   ilower/a is removed directly. The inner's cached inner/a still stats as a
#   directory but reading it fails with ENOENT. The outer overlay still merges
#   inner/a with base/a (merged/a/a stats as a directory), but its merged
#   readdir reads the inner layer first and stops at that error, so merged/a
#   lists as empty: base/a's names are not listed either. rmdir, which reads
#   the same layers to see that a directory is empty, fails with ENOENT,
#   merged or found only in the inner.
# title.zh: 叠加的 overlay：内层 overlay 已无法读取的目录
# description.zh: inner/a 合并了 iupper/a（copy-up 之后）和 ilower/a；随后直接删除 ilower/a。内层缓存的 inner/a 仍 stat 为目录，但读取它会以 ENOENT 失败。外层 overlay 仍把 inner/a 与 base/a 合并（merged/a/a 可 stat 为目录），但其合并 readdir 先读内层，遇到该错误即停止，所以 merged/a 列出为空：base/a 的名字也不会列出。rmdir 也要读取同样的层来确认目录为空，因此无论目录是合并的还是只存在于内层，都以 ENOENT 失败。
mkdir ilower iupper iwork inner base upper work merged
mkdir -p ilower/a ilower/b/k
mkdir -p base/a/a
mount -t overlay overlay -o lowerdir=./ilower,upperdir=./iupper,workdir=./iwork ./inner
echo "x y" > inner/a/d
touch inner/b/t
rm -rf ilower/a
mount -t overlay overlay -o lowerdir=./inner:./base,upperdir=./upper,workdir=./work ./merged
stat -c %F merged/a/a
ls merged/a
ls merged/b
rm -rf ilower/b
ls merged/b
rmdir merged/b 2>&1
rmdir merged/a 2>&1
rmdir merged/a/a
ls base/a
umount merged
umount inner
