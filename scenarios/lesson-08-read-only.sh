# title: Lesson 8: Read-only overlays: no upperdir
# description: Leave out upperdir and workdir and the overlay is read-only: it merges
#   its lower layers, and every attempt to change something fails with
#   EROFS, “Read-only file system”. This is how you combine several
#   read-only trees, and how Docker’s overlay2 driver mounts a layer that
#   has been committed.
# title.zh: 第 8 课：只读 overlay：没有 upperdir
# description.zh: 去掉 upperdir 和 workdir，overlay 就是只读的：它合并各个下层，任何修改都会失败并返回 EROFS，即“Read-only file system”。这可以用来组合多棵只读目录树，Docker 的 overlay2 驱动挂载已提交（committed）的层时也是这样做的。
mkdir app base merged
mkdir -p base/etc app/etc
echo "base config" > base/etc/app.conf
echo "os" > base/etc/os-release
echo "app config" > app/etc/app.conf
echo "app binary" > app/run
# solution
mount -t overlay overlay -o lowerdir=./app:./base ./merged
