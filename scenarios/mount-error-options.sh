# title: Mount option errors all exit 32
# description: mount(8) exits 32 for every refused overlay mount, whatever
#   the reason (the reason is only in the kernel log): missing workdir,
#   unknown option, bad value, empty lowerdir=, stray colons, metacopy=on
#   with redirect_dir=off or nofollow, nfs_export=on with metacopy=on or
#   index=off. A refused mount changes nothing on disk here.
# title.zh: 挂载选项错误一律以 32 退出
# description.zh: 对每一次被拒绝的 overlay 挂载，mount(8) 都以 32 退出，无论原因是什么（原因只记录在内核日志中）：缺少 workdir、未知选项、错误的值、空的 lowerdir=、多余的冒号、metacopy=on 与 redirect_dir=off 或 nofollow 同用、nfs_export=on 与 metacopy=on 或 index=off 同用。被拒绝的挂载在这里不会改变磁盘上的任何东西。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,bogus ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=maybe ./merged
mount -t overlay overlay -o lowerdir=,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower:,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=:./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower:::./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=off ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=nofollow ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on,metacopy=on ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,nfs_export=on,index=off ./merged
ls merged
