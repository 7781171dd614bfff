# title: redirect_dir, metacopy and xino leave no mark at mount
# description: redirect_dir=on, metacopy=on and xino=on/auto change
#   nothing on disk at mount time: the same uuid on the upper root and an
#   empty work/work as a default mount. (xino=on is ignored with a kernel
#   warning when all layers are on one filesystem.)
# title.zh: redirect_dir、metacopy 和 xino 在挂载时不留痕迹
# description.zh: redirect_dir=on、metacopy=on 和 xino=on/auto 在挂载时不改变磁盘上的任何东西：上层根目录上的 uuid 和空的 work/work 与默认挂载相同。（所有层都在同一个文件系统上时，xino=on 会被忽略，内核给出警告。）
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,xino=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,xino=auto ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on,redirect_dir=on ./merged
umount merged
