# title: redirect_dir, metacopy and xino leave no mark at mount
# description: redirect_dir=on, metacopy=on and xino=on/auto change
#   nothing on disk at mount time: the same uuid on the upper root and an
#   empty work/work as a default mount. (xino=on is ignored with a kernel
#   warning when all layers are on one filesystem.)
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
