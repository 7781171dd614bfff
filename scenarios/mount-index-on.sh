# title: index=on creates work/index and records the lower root
# description: With index=on the mount creates work/index (mode 0000,
#   trusted.overlay.upper = file handle of the upper root) and the upper
#   root gets trusted.overlay.origin (file handle of the lower root) next
#   to trusted.overlay.uuid.
# title.zh: index=on 创建 work/index 并记录下层根目录
# description.zh: 开启 index=on 时，挂载会创建 work/index（权限 0000，trusted.overlay.upper = 上层根目录的文件句柄），上层根目录在 trusted.overlay.uuid 旁边得到 trusted.overlay.origin（下层根目录的文件句柄）。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
