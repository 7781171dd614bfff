# title: The same upper and work used by two mounts at once
# description: Without index the kernel only warns ("upperdir is in-use
#   ... undefined behavior") and the second mount succeeds; both mount
#   points show the same upper. With index=on the second mount is refused
#   (EBUSY, exit 32).
# title.zh: 两个挂载同时使用同一个上层和 work
# description.zh: 没有 index 时内核只给出警告（"upperdir is in-use ... undefined behavior"），第二次挂载成功；两个挂载点显示同一个上层。开启 index=on 时第二次挂载被拒绝（EBUSY，退出状态 32）。
mkdir lower upper work merged merged2
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged2
echo "via merged" > merged/b.txt
cat merged2/b.txt
umount merged2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged2
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged2
umount merged
