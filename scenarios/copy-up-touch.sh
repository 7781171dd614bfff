# title: touch copies a lower file up with its data
# description: touch on a lower file copies it up whole (GNU touch opens
#   the file for writing): same content and mode, trusted.overlay.origin
#   on the copy, and trusted.overlay.impure=y on the upper parent.
# title.zh: touch 会连同数据 copy-up 下层文件
# description.zh: 对下层文件 touch 会完整地 copy-up（GNU touch 以写方式打开文件）：内容和权限相同，副本上有 trusted.overlay.origin，上层父目录上有 trusted.overlay.impure=y。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
touch merged/a.txt
cat merged/a.txt
umount merged
