# title: Mounting twice on the same mount point stacks the mounts
# description: A second mount on merged/ hides the first; each umount
#   removes the topmost one, and a third umount fails with "not mounted"
#   (exit 32).
# title.zh: 在同一挂载点上挂载两次会叠加挂载
# description.zh: 在 merged/ 上的第二次挂载会遮住第一次；每次 umount 移除最上面的一个，第三次 umount 以 "not mounted" 失败（退出状态 32）。
mkdir lower other upper work upper2 work2 merged
echo "from lower" > lower/a.txt
echo "from other" > other/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./other,upperdir=./upper2,workdir=./work2 ./merged
ls merged
umount merged
ls merged
umount merged
umount merged
ls merged
