# title: index=on ties an upper to its lower
# description: After an index=on mount recorded the lower root's origin on
#   the upper root, mounting the same upper with index=on over another
#   lower fails with ESTALE ("failed to verify upper root origin", exit
#   32). Without index the same mount is accepted.
# title.zh: index=on 把上层与其下层绑定
# description.zh: 以 index=on 挂载过一次、把下层根目录的 origin 记录在上层根目录上之后，再以 index=on 把同一个上层挂载到另一个下层之上会以 ESTALE 失败（"failed to verify upper root origin"，退出状态 32）。不带 index 时，同样的挂载会被接受。
mkdir lower other upper work merged
echo "from lower" > lower/a.txt
echo "from other" > other/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./other,upperdir=./upper,workdir=./work,index=on ./merged
mount -t overlay overlay -o lowerdir=./other,upperdir=./upper,workdir=./work ./merged
ls merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
