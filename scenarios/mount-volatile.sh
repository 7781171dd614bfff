# title: volatile leaves a dirty marker in the workdir
# description: A volatile mount creates work/work/incompat/volatile/dirty
#   (all mode 0000). The marker survives umount, and the next mount of the
#   same upper/work without `volatile` is refused until it is deleted; a
#   volatile mount of the same pair is also refused.
# title.zh: volatile 在 work 目录中留下脏标记
# description.zh: volatile 挂载会创建 work/work/incompat/volatile/dirty（全部权限 0000）。该标记在 umount 后仍然存在，之后不带 `volatile` 挂载同一对 upper/work 会被拒绝，直到删除它；以 volatile 再次挂载同一对目录也会被拒绝。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,volatile ./merged
echo "edited" > merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,volatile ./merged
rm -r work/work/incompat
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
umount merged
