# title: A metacopy file mounted later without metacopy
# description: A metacopy upper file needs metacopy=on to be followed to
#   its lower data. Mounted without it, the lookup is refused (EPERM):
#   the name drops out of the listing and cat fails. Mounted again with
#   metacopy=on it is fine.
# title.zh: 之后不带 metacopy 挂载的 metacopy 文件
# description.zh: metacopy 上层文件需要 metacopy=on 才能找到其下层数据。不带该选项挂载时，查找会被拒绝（EPERM）：该名字从列表中消失，cat 失败。再次以 metacopy=on 挂载后一切正常。
mkdir lower upper work merged
echo "data in lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 600 merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
cat merged/a.txt
umount merged
