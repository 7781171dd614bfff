# title: Stacked overlays: two levels at most
# description: An overlay stands one level above its deepest layer
#   (s_stack_depth), and FILESYSTEM_MAX_STACK_DEPTH is 2: an overlay on an
#   overlay mounts, a third level is refused with EINVAL ("maximum fs
#   stacking depth exceeded"). The check comes after the work directory
#   is set up, so work3/work is left behind, but upper3 gets no uuid. A
#   read-only third level (two lowers, one of them the second overlay)
#   is refused the same way; two lowers on the first overlay mount.
# title.zh: 叠加的 overlay：最多两层
# description.zh: overlay 比它最深的层高一级（s_stack_depth），而 FILESYSTEM_MAX_STACK_DEPTH 为 2：overlay 叠在 overlay 上可以挂载，第三级以 EINVAL 被拒绝（"maximum fs stacking depth exceeded"）。该检查发生在 work 目录准备好之后，所以 work3/work 被留下，但 upper3 没有得到 uuid。只读的第三级（两个下层，其中一个是第二个 overlay）同样被拒绝；第一个 overlay 上的两个下层可以挂载。
mkdir lower upper work merged upper2 work2 merged2 upper3 work3 merged3 other
echo "lower a" > lower/a.txt
echo "other b" > other/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
mount -t overlay overlay -o lowerdir=./merged2,upperdir=./upper3,workdir=./work3 ./merged3
mount -t overlay overlay -o lowerdir=./other:./merged2 ./merged3
mount -t overlay overlay -o lowerdir=./other:./merged ./merged3
ls merged3
umount merged3
umount merged2
umount merged
