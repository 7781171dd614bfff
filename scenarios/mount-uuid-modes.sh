# title: When the upper root gets trusted.overlay.uuid
# description: uuid=off and uuid=null write nothing. The default
#   (uuid=auto) writes a uuid only if the upper root carries neither a uuid
#   nor trusted.overlay.impure, i.e. on the first mount of a fresh upper;
#   an upper already made impure by an older mount stays without uuid.
#   uuid=on always writes one.
# title.zh: 上层根目录何时得到 trusted.overlay.uuid
# description.zh: uuid=off 和 uuid=null 什么都不写。默认值（uuid=auto）只在上层根目录既没有 uuid 也没有 trusted.overlay.impure 时写入 uuid，也就是全新上层的第一次挂载；已被旧挂载标记为 impure 的上层则一直没有 uuid。uuid=on 总是写入。
mkdir lower upper work merged
mkdir lower/dir
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=off ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=null ./merged
echo "edited" > merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,uuid=off ./merged
umount merged
