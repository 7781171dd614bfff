# title: umount: not mounted, no mount point, busy
# description: umount of a directory that is not a mount point and of a
#   path that does not exist fail with exit 32. A step whose current
#   directory is inside merged/ makes the mount busy (exit 32); from
#   outside it unmounts. (pwd is left out: it prints the real temp path.)
# title.zh: umount：未挂载、不是挂载点、忙
# description.zh: 对不是挂载点的目录以及不存在的路径执行 umount 会以退出状态 32 失败。当前目录在 merged/ 内的步骤会让挂载处于忙状态（退出状态 32）；从外面则可以卸载。（pwd 没有包含在内：它会打印真实的临时路径。）
mkdir lower upper work merged
echo "from lower" > lower/a.txt
umount merged
umount nope
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cd merged
umount ../merged
cd ..
umount merged
umount merged
